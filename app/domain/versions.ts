/**
 * Chooses which language version of a material to show a reader: their UI
 * language if the material has it, else the material's original language,
 * else the first one available.
 */
export function pickVersion<V extends { lang: string }>(
	versions: readonly V[],
	preferredLang: string,
	originalLang?: string,
): V | undefined {
	return (
		versions.find((v) => v.lang === preferredLang) ??
		(originalLang ? versions.find((v) => v.lang === originalLang) : undefined) ??
		versions[0]
	)
}

/** A file name that says what the file is: "stay-safe-online-ar.png". */
export function downloadFileName(title: string, lang: string, extension: string) {
	const slug = title
		.normalize('NFKC')
		// Keep letters and digits of every script; path separators, control
		// characters and punctuation become hyphens.
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.toLowerCase()
		.slice(0, 80)
		.replace(/-+$/, '')
	return `${slug || 'material'}-${lang}.${extension}`
}
