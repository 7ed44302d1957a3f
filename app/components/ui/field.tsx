import { type InputHTMLAttributes, type ReactNode, useId } from 'react'

/**
 * A labelled input with its error next to it. The error is tied to the
 * input (aria-describedby, aria-invalid), so a screen reader announces it
 * when the field is focused.
 */
export function Field({
	label,
	error,
	hint,
	children,
	...input
}: {
	label: string
	error?: string | null
	hint?: ReactNode
	children?: ReactNode
} & InputHTMLAttributes<HTMLInputElement>) {
	// With `children` (a select, say), pass the child's id as `id` so the label points at it.
	const generated = useId()
	const id = input.id ?? generated
	const errorId = `${id}-error`
	const hintId = `${id}-hint`
	const describedBy =
		[hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
	return (
		<div className="field">
			<label htmlFor={id}>{label}</label>
			{children ?? (
				<input
					id={id}
					aria-invalid={error ? true : undefined}
					aria-describedby={describedBy}
					{...input}
				/>
			)}
			{hint ? (
				<p id={hintId} className="hint">
					{hint}
				</p>
			) : null}
			{error ? (
				<p id={errorId} className="field__error">
					{error}
				</p>
			) : null}
		</div>
	)
}

/** A message at the top of a form (success or a problem that belongs to no single field). */
export function FormMessage({ tone, children }: { tone: 'error' | 'ok'; children: ReactNode }) {
	return (
		<p
			className={tone === 'error' ? 'form-message form-message--error' : 'form-message'}
			role={tone === 'error' ? 'alert' : 'status'}
		>
			{children}
		</p>
	)
}

/**
 * A new password typed twice, with the rules as a hint. The server checks
 * both (app/auth/password.server.ts); the browser only checks the length.
 */
export function NewPasswordFields({
	label,
	repeatLabel,
	rules,
}: {
	label: string
	repeatLabel: string
	rules: string
}) {
	return (
		<>
			<Field
				label={label}
				name="password"
				type="password"
				autoComplete="new-password"
				required
				minLength={12}
				maxLength={200}
				hint={rules}
			/>
			<Field
				label={repeatLabel}
				name="confirm"
				type="password"
				autoComplete="new-password"
				required
				maxLength={200}
			/>
		</>
	)
}
