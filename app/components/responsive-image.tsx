export interface RenditionRef {
	id: string
	format: string
	width: number
}

/**
 * A stored image with its renditions: the browser picks AVIF, then WebP, at
 * the width it needs (srcset + sizes); the original stays the fallback.
 * Renditions never change once made, so they are cached for a year.
 */
export function ResponsiveImage({
	fileId,
	renditions,
	sizes,
	...img
}: {
	fileId: string
	renditions: readonly RenditionRef[]
	sizes: string
	alt: string
	width?: number
	height?: number
	className?: string
	loading?: 'lazy' | 'eager'
}) {
	const srcSet = (format: string) =>
		renditions
			.filter((r) => r.format === format)
			.sort((a, b) => a.width - b.width)
			.map((r) => `/renditions/${r.id} ${r.width}w`)
			.join(', ')
	const avif = srcSet('avif')
	const webp = srcSet('webp')
	return (
		<picture>
			{avif ? <source type="image/avif" srcSet={avif} sizes={sizes} /> : null}
			{webp ? <source type="image/webp" srcSet={webp} sizes={sizes} /> : null}
			<img src={`/files/${fileId}`} {...img} />
		</picture>
	)
}
