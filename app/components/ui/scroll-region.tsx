import { type ReactNode } from 'react'

/**
 * A table wider than a phone scrolls sideways inside its own box, never the
 * whole page. The box can take the focus, so the arrow keys scroll it too,
 * and is named after what it holds.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
	return (
		<div className="scroll-region" role="region" aria-label={label} tabIndex={0}>
			{children}
		</div>
	)
}
