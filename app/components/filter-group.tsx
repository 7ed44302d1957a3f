import { useLabels } from '#app/components/vocab.tsx'

/**
 * One facet of a list's filters (the catalog's, the campaigns'): a checkbox
 * per value with its count, ticked when the value is in force. The key
 * carries the state, so a navigation that changes the filters re-renders
 * the box rather than keeping what the reader last clicked.
 */
export function FilterGroup<P extends string>({
	param,
	legend,
	hint,
	options,
	filters,
}: {
	param: P
	legend: string
	hint?: string
	options: { value: string; label: string; count: number }[]
	filters: Record<P, readonly (string | number)[]>
}) {
	const labels = useLabels()
	if (!options.length) return null
	const selected = filters[param].map(String)
	const hintId = `filter-${param}-hint`
	return (
		<fieldset className="facet" aria-describedby={hint ? hintId : undefined}>
			<legend>{legend}</legend>
			{hint ? (
				<p id={hintId} className="hint">
					{hint}
				</p>
			) : null}
			{options.map((option) => (
				<label key={option.value}>
					<input
						type="checkbox"
						name={param}
						value={option.value}
						defaultChecked={selected.includes(option.value)}
						key={`${option.value}:${selected.includes(option.value)}`}
					/>
					{/* No class on each of the hundred labels: the catalog page's weight is read on every visit. */}
					<span>{option.label}</span>
					<small>{labels.number(option.count)}</small>
				</label>
			))}
		</fieldset>
	)
}
