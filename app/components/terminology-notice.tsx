import { useTranslation } from 'react-i18next'
import { isolate } from '#app/components/content-text.tsx'
import { directionOf } from '#app/domain/languages.ts'

/**
 * The discouraged terms found in one language version's texts (Luxembourg
 * Terminology Guidelines), with the preferred wording: advice, not a block,
 * shown to the country after each save and to the reviewer before deciding.
 */
export function TerminologyNotice({
	id,
	lang,
	terms,
}: {
	id: string
	lang: string
	terms: readonly { found: string; preferred: string }[]
}) {
	const { t } = useTranslation('contribute')
	if (!terms.length) return null
	return (
		<div className="notice" role="note" aria-labelledby={`terms-${id}`}>
			<p id={`terms-${id}`} className="notice__title">
				<strong>{t('terminology.title')}</strong> {t('terminology.hint')}
			</p>
			<ul lang={lang} dir={directionOf(lang)}>
				{terms.map((term) => (
					<li key={term.found}>
						{t('translate.discouraged', {
							found: isolate(term.found),
							preferred: isolate(term.preferred),
						})}
					</li>
				))}
			</ul>
		</div>
	)
}
