import { useTranslation } from 'react-i18next'
import { directionOf } from '#app/domain/languages.ts'
import { type MaterialFact, type RevisionChange } from '#app/domain/revision-diff.ts'
import { type VocabularyName } from '#app/domain/vocabularies.ts'
import { useLabels } from './vocab.tsx'

const FACT_VOCABULARY: Partial<Record<MaterialFact, VocabularyName>> = {
	resourceType: 'type',
	licence: 'licence',
	audiences: 'audience',
	risks: 'risk',
	accessibility: 'accessibility',
}

/**
 * What a revision changes in a published material, before and after, in
 * words a reviewer or a contributor reads (never a field or slot name).
 */
export function RevisionChanges({ changes }: { changes: RevisionChange[] }) {
	const { t } = useTranslation('account')
	const labels = useLabels()
	if (!changes.length) return <p>{t('revision.noChanges')}</p>
	const factValue = (fact: MaterialFact, values: string[]) => {
		if (!values.length) return t('revision.none')
		const vocabulary = FACT_VOCABULARY[fact]
		return vocabulary
			? labels.list(values.map((v) => labels.vocab(vocabulary, v)))
			: labels.list(values)
	}
	const text = (lang: string, value: string) =>
		value ? (
			<span lang={lang} dir={directionOf(lang)}>
				{value}
			</span>
		) : (
			t('revision.none')
		)
	return (
		<ul className="changes">
			{changes.map((change, i) => {
				switch (change.kind) {
					case 'fact':
						return (
							<li key={i}>
								<strong>{t(`revision.fact.${change.fact}`)}</strong>
								<BeforeAfter
									before={factValue(change.fact, change.before)}
									after={factValue(change.fact, change.after)}
								/>
							</li>
						)
					case 'added-language':
						return (
							<li key={i}>
								{t('revision.addedLanguage', { language: labels.language(change.lang) })}
							</li>
						)
					case 'text':
					case 'segment': {
						const what =
							change.kind === 'text'
								? change.part
								: change.key === 'helpline'
									? 'helpline'
									: 'posterText'
						return (
							<li key={i}>
								<strong>
									{t(`revision.part.${what}`, { language: labels.language(change.lang) })}
								</strong>
								<BeforeAfter
									before={text(change.lang, change.before)}
									after={text(change.lang, change.after)}
								/>
							</li>
						)
					}
					case 'files':
						return (
							<li key={i}>
								<strong>
									{t('revision.part.files', { language: labels.language(change.lang) })}
								</strong>{' '}
								{labels.list([
									...(change.added ? [t('revision.filesAdded', { count: change.added })] : []),
									...(change.removed
										? [t('revision.filesRemoved', { count: change.removed })]
										: []),
								])}
							</li>
						)
					case 'poster-layout':
						return (
							<li key={i}>
								{t('revision.posterLayout', { language: labels.language(change.lang) })}
							</li>
						)
				}
			})}
		</ul>
	)
}

function BeforeAfter({ before, after }: { before: React.ReactNode; after: React.ReactNode }) {
	const { t } = useTranslation('account')
	return (
		<dl className="before-after">
			<dt>{t('revision.before')}</dt>
			<dd>
				<del>{before}</del>
			</dd>
			<dt>{t('revision.after')}</dt>
			<dd>
				<ins>{after}</ins>
			</dd>
		</dl>
	)
}
