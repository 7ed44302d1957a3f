import { useCallback, useEffect, useRef, useState } from 'react'
import { useLocation } from '@remix-run/react'

/**
 * A menu drawn as a <details>: it opens and closes without JavaScript; with
 * it, the menu also closes on Escape (focus back on its button), on a click
 * outside, and after a navigation. Spread `props` on the <details>.
 */
export function useDisclosureMenu() {
	const location = useLocation()
	const menu = useRef<HTMLDetailsElement>(null)
	const [open, setOpen] = useState(false)

	const close = useCallback((focusToggle: boolean) => {
		const details = menu.current
		if (!details?.open) return
		details.open = false
		if (focusToggle) details.querySelector('summary')?.focus()
	}, [])

	// A link in the menu navigates on the client: the menu closes behind it.
	// Not on mount: a menu opened before the page hydrated stays open.
	const shownAt = useRef(location)
	useEffect(() => {
		if (shownAt.current === location) return
		shownAt.current = location
		close(false)
	}, [location, close])

	useEffect(() => {
		if (!open) return
		const onKey = (event: KeyboardEvent) => {
			if (event.key === 'Escape') close(true)
		}
		const onPointer = (event: PointerEvent) => {
			if (!menu.current?.contains(event.target as Node)) close(false)
		}
		document.addEventListener('keydown', onKey)
		document.addEventListener('pointerdown', onPointer)
		return () => {
			document.removeEventListener('keydown', onKey)
			document.removeEventListener('pointerdown', onPointer)
		}
	}, [open, close])

	return {
		open,
		props: {
			ref: menu,
			onToggle: (event: React.SyntheticEvent<HTMLDetailsElement>) =>
				setOpen(event.currentTarget.open),
		},
	}
}
