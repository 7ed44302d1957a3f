import { Form, useNavigation } from '@remix-run/react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { OrganisationFields } from '#app/components/organisation-fields.tsx'
import { Field, FormMessage } from '#app/components/ui/field.tsx'
import {
	Checkboxes,
	SelectField,
	TextAreaField,
	useClientValidation,
	CountrySelect,
} from '#app/components/ui/form-controls.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { COST_CURRENCIES, MAX_DURATION_MONTHS } from '#app/domain/campaign-evidence.ts'
import {
	MAX_SUMMARY_LENGTH,
	MAX_TEXT_LENGTH,
	MAX_TITLE_LENGTH,
	MIN_CAMPAIGN_YEAR,
	maxCampaignYear,
	parseCampaignForm,
	type CampaignFormErrors,
	type CampaignFormValues,
	type CampaignIdRule,
} from '#app/domain/campaign-form.ts'
import { directionOf } from '#app/domain/languages.ts'
import {
	AUDIENCES,
	CHANNELS,
	EVALUATION_METHODS,
	REACH_UNITS,
	RISKS,
} from '#app/domain/vocabularies.ts'

/** Which language's text the form edits, and whether the writer picks it. */
export type LanguageChoice =
	/**
	 * The writer picks among these: the "new" form (the text's language is
	 * then the original one), or adding a language (`originalLang` is kept).
	 */
	| { kind: 'pick'; options: readonly string[]; originalLang?: string }
	/** An existing text: its language is fixed; the original language may be changed among `originals`. */
	| { kind: 'fixed'; originals: readonly string[] }

/**
 * The campaign form, for "new" and "edit": the campaign's text in one
 * language, then its facts and evidence, shared by every language. The
 * browser checks it with the same schema as the server before sending, so
 * most mistakes are shown at once; without JavaScript the server's answer
 * shows the same messages, next to what was typed.
 */
export function CampaignForm({
	values,
	serverErrors,
	submitLabel,
	language,
	countries,
	idRule = 'new',
}: {
	values: CampaignFormValues
	serverErrors?: CampaignFormErrors | null
	submitLabel: string
	language: LanguageChoice
	/** The countries the writer may create for, when more than one. */
	countries?: string[]
	/** A new campaign's form carries its fresh id; an existing one is named by its URL. */
	idRule?: CampaignIdRule
}) {
	const { t } = useTranslation('contribute')
	const labels = useLabels()
	// The text fields take the direction and language of the text being written.
	const [textLang, setTextLang] = useState(values.lang)
	const { errors, check } = useClientValidation<CampaignFormErrors>(
		(form) => parseCampaignForm(form, idRule),
		serverErrors,
	)
	const busy = useNavigation().state === 'submitting'
	const maxYear = maxCampaignYear()
	const error = (name: keyof CampaignFormErrors) =>
		errors[name]
			? t(errors[name]!, { minYear: MIN_CAMPAIGN_YEAR, maxYear, maxMonths: MAX_DURATION_MONTHS })
			: null
	const sortedLanguages = (codes: readonly string[]) =>
		codes.map((l) => [l, labels.language(l)] as const).sort((a, b) => labels.compare(a[1], b[1]))

	const textProps = textLang ? { lang: textLang, dir: directionOf(textLang) } : { dir: 'auto' }
	const hasErrors = Object.keys(errors).length > 0
	return (
		<Form method="post" className="form form--wide" noValidate onSubmit={check}>
			{hasErrors ? <FormMessage tone="error">{t('campaignForm.fixBelow')}</FormMessage> : null}
			{error('campaignId') ? <FormMessage tone="error">{error('campaignId')}</FormMessage> : null}
			<input type="hidden" name="campaignId" value={values.campaignId} />
			<CountrySelect
				id="campaign-country"
				label={t('campaignForm.fields.country')}
				countries={countries}
				nameOf={labels.country}
			/>

			<section aria-labelledby="campaign-section-text">
				<h2 id="campaign-section-text">{t('campaignForm.sections.text')}</h2>
				<div className="form">
					{language.kind === 'pick' ? (
						<>
							{language.originalLang ? (
								<input type="hidden" name="originalLang" value={language.originalLang} />
							) : null}
							<SelectField
								idPrefix="campaign"
								label={t('campaignForm.fields.lang')}
								name="lang"
								value={values.lang}
								error={error('lang')}
								options={sortedLanguages(language.options)}
								onChange={setTextLang}
								required
							/>
						</>
					) : (
						<>
							<input type="hidden" name="lang" value={values.lang} />
							{error('lang') ? <FormMessage tone="error">{error('lang')}</FormMessage> : null}
							<SelectField
								idPrefix="campaign"
								label={t('campaignForm.fields.originalLang')}
								hint={t('campaignForm.hints.originalLang')}
								name="originalLang"
								value={values.originalLang}
								error={error('originalLang')}
								options={sortedLanguages(language.originals)}
								emptyLabel={null}
								required
							/>
						</>
					)}
					<Field
						id="campaign-title"
						label={t('campaignForm.fields.title')}
						name="title"
						defaultValue={values.title}
						required
						maxLength={MAX_TITLE_LENGTH}
						error={error('title')}
						{...textProps}
					/>
					<TextAreaField
						idPrefix="campaign"
						label={t('campaignForm.fields.summary')}
						name="summary"
						value={values.summary}
						maxLength={MAX_SUMMARY_LENGTH}
						error={error('summary')}
						required
						textProps={textProps}
					/>
					<TextAreaField
						idPrefix="campaign"
						label={t('campaignForm.fields.objectives')}
						name="objectives"
						value={values.objectives}
						maxLength={MAX_TEXT_LENGTH}
						error={error('objectives')}
						textProps={textProps}
					/>
				</div>
			</section>

			<section aria-labelledby="campaign-section-facts">
				<h2 id="campaign-section-facts">{t('campaignForm.sections.facts')}</h2>
				<p className="hint">{t('campaignForm.hints.shared')}</p>
				<div className="form">
					<div className="actions">
						<YearField
							label={t('campaignForm.fields.startYear')}
							name="startYear"
							value={values.startYear}
							max={maxYear}
							error={error('startYear')}
						/>
						<YearField
							label={t('campaignForm.fields.endYear')}
							name="endYear"
							value={values.endYear}
							max={maxYear}
							error={error('endYear')}
						/>
					</div>
					<OrganisationFields
						idPrefix="campaign"
						values={values}
						errors={{
							organisation: error('organisation'),
							organisationContact: error('organisationContact'),
						}}
						hint={t('campaignForm.hints.organisation')}
					/>
					<Checkboxes
						idPrefix="campaign"
						legend={t('campaignForm.fields.channels')}
						name="channels"
						values={values.channels}
						error={error('channels')}
						options={CHANNELS.map((v) => [v, labels.vocab('channel', v)] as const)}
					/>
					<Checkboxes
						idPrefix="campaign"
						legend={t('campaignForm.fields.audiences')}
						hint={t('campaignForm.hints.atLeastOne')}
						name="audiences"
						values={values.audiences}
						error={error('audiences')}
						options={AUDIENCES.map((v) => [v, labels.vocab('audience', v)] as const)}
					/>
					<Checkboxes
						idPrefix="campaign"
						legend={t('campaignForm.fields.risks')}
						hint={t('campaignForm.hints.atLeastOne')}
						name="risks"
						values={values.risks}
						error={error('risks')}
						options={RISKS.map((v) => [v, labels.vocab('risk', v)] as const)}
					/>
				</div>
			</section>

			<section aria-labelledby="campaign-section-evidence">
				<h2 id="campaign-section-evidence">{t('campaignForm.sections.evidence')}</h2>
				<p className="hint">{t('campaignForm.hints.evidence')}</p>
				<div className="form">
					<div className="actions actions--fields">
						<Field
							id="campaign-reachCount"
							label={t('campaignForm.fields.reachCount')}
							hint={t('campaignForm.hints.reachCount')}
							name="reachCount"
							type="number"
							inputMode="numeric"
							min={0}
							step={1}
							defaultValue={values.reachCount}
							error={error('reachCount')}
						/>
						<SelectField
							idPrefix="campaign"
							label={t('campaignForm.fields.reachUnit')}
							name="reachUnit"
							value={values.reachUnit || 'people'}
							error={error('reachUnit')}
							emptyLabel={null}
							options={REACH_UNITS.map((v) => [v, labels.vocab('reach', v)] as const)}
						/>
					</div>
					<TextAreaField
						idPrefix="campaign"
						label={t('campaignForm.fields.reach')}
						name="reach"
						value={values.reach}
						maxLength={MAX_TEXT_LENGTH}
						error={error('reach')}
						textProps={textProps}
					/>
					<Field
						id="campaign-durationMonths"
						label={t('campaignForm.fields.durationMonths')}
						hint={t('campaignForm.hints.durationMonths')}
						name="durationMonths"
						type="number"
						inputMode="numeric"
						min={1}
						max={MAX_DURATION_MONTHS}
						step={1}
						defaultValue={values.durationMonths}
						error={error('durationMonths')}
					/>
					<div className="actions actions--fields">
						<Field
							id="campaign-costAmount"
							label={t('campaignForm.fields.costAmount')}
							hint={t('campaignForm.hints.costAmount')}
							name="costAmount"
							inputMode="numeric"
							autoComplete="off"
							defaultValue={values.costAmount}
							error={error('costAmount')}
						/>
						<SelectField
							idPrefix="campaign"
							label={t('campaignForm.fields.costCurrency')}
							name="costCurrency"
							value={values.costCurrency}
							error={error('costCurrency')}
							emptyLabel={null}
							options={COST_CURRENCIES.map(
								(code) => [code, `${labels.currency(code)} (${code})`] as const,
							).sort((a, b) => labels.compare(a[1], b[1]))}
						/>
					</div>
					<SelectField
						idPrefix="campaign"
						label={t('campaignForm.fields.evaluationMethod')}
						name="evaluationMethod"
						value={values.evaluationMethod}
						error={error('evaluationMethod')}
						emptyLabel={t('campaignForm.notSpecified')}
						options={EVALUATION_METHODS.map((v) => [v, labels.vocab('evaluation', v)] as const)}
					/>
					<TextAreaField
						idPrefix="campaign"
						label={t('campaignForm.fields.results')}
						name="results"
						value={values.results}
						maxLength={MAX_TEXT_LENGTH}
						error={error('results')}
						textProps={textProps}
					/>
					<TextAreaField
						idPrefix="campaign"
						label={t('campaignForm.fields.lessonsLearned')}
						name="lessonsLearned"
						value={values.lessonsLearned}
						maxLength={MAX_TEXT_LENGTH}
						error={error('lessonsLearned')}
						textProps={textProps}
					/>
				</div>
			</section>

			<div className="actions">
				<button type="submit" className="button" disabled={busy}>
					{submitLabel}
				</button>
			</div>
		</Form>
	)
}

function YearField({
	label,
	name,
	value,
	max,
	error,
}: {
	label: string
	name: string
	value: string
	max: number
	error: string | null
}) {
	return (
		<Field
			id={`campaign-${name}`}
			label={label}
			name={name}
			type="number"
			inputMode="numeric"
			min={MIN_CAMPAIGN_YEAR}
			max={max}
			step={1}
			defaultValue={value}
			error={error}
		/>
	)
}
