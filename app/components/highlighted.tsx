import { Fragment } from 'react'

const ENTITIES: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#39;': "'",
}
const unescape = (html: string) => html.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!)

/**
 * Renders a search engine's highlighted text (`<mark>` around matches,
 * everything else HTML-escaped) as React elements: no HTML is ever injected,
 * so a hostile title stays text whatever the engine returned.
 */
export function Highlighted({ html }: { html: string }) {
	const parts = html.split(/<mark>|<\/mark>/)
	return (
		<>
			{parts.map((part, i) =>
				i % 2 === 1 ? (
					<mark key={i}>{unescape(part)}</mark>
				) : (
					<Fragment key={i}>{unescape(part)}</Fragment>
				),
			)}
		</>
	)
}
