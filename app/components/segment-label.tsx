import { useTranslation } from 'react-i18next'

/**
 * The name of a part of a version for the people translating or comparing
 * it: "Title", "Helpline number", or a poster's text by its box, numbered as
 * the template editor numbers it. A box's id (`headline`) is the template's
 * internal name, never shown: it is in no language and may be in none the
 * reader knows.
 */
export function useSegmentLabel() {
	const { t } = useTranslation('contribute')
	return (segment: { key: string; box: number | null }) => {
		if (!segment.key.startsWith('slot:')) return t(`translate.segments.${segment.key}`)
		return segment.box
			? t('translate.segments.slot', { n: segment.box })
			: t('translate.segments.slotRemoved')
	}
}
