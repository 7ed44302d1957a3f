/**
 * Lineage: a material may derive from one language version of another
 * material (a translation or an adaptation). These rules are pure so the
 * models and the UI can share them.
 */

export interface LineageNode {
	id: string
	/** The material this one derives from, or null for an original. */
	parentId: string | null
	countryCode: string
	lang: string
}

export interface LineageTree extends LineageNode {
	children: LineageTree[]
	depth: number
}

/** Maximum depth followed when walking ancestors; guards against bad data. */
export const MAX_LINEAGE_DEPTH = 64

/**
 * The ancestors of a material, nearest first. Stops at a cycle or at
 * MAX_LINEAGE_DEPTH rather than looping, so corrupt data cannot hang a page.
 */
export function ancestorsOf(id: string, parentOf: (id: string) => string | null | undefined) {
	const seen = new Set([id])
	const ancestors: string[] = []
	let current = parentOf(id)
	while (current && !seen.has(current) && ancestors.length < MAX_LINEAGE_DEPTH) {
		ancestors.push(current)
		seen.add(current)
		current = parentOf(current)
	}
	return ancestors
}

/** Whether linking `childId` to `parentId` would make a material its own ancestor. */
export function wouldCreateCycle(
	childId: string,
	parentId: string,
	parentOf: (id: string) => string | null | undefined,
) {
	if (childId === parentId) return true
	const ancestors = ancestorsOf(parentId, parentOf)
	// A chain as deep as the guard is refused too: it can only come from bad data.
	return ancestors.includes(childId) || ancestors.length >= MAX_LINEAGE_DEPTH
}

/**
 * A derivation is a translation when only the language changes within the
 * same country, and an adaptation when another country takes it up (it will
 * at least change helplines, laws and context).
 */
export function classifyDerivation(
	source: { countryCode: string; lang: string },
	target: { countryCode: string; lang: string },
): 'translation' | 'adaptation' {
	return source.countryCode === target.countryCode && source.lang !== target.lang
		? 'translation'
		: 'adaptation'
}

/** Builds the family tree rooted at `rootId` from a flat list of nodes. */
export function buildLineageTree(rootId: string, nodes: LineageNode[]): LineageTree | null {
	const byId = new Map(nodes.map((n) => [n.id, n]))
	const childrenOf = new Map<string, LineageNode[]>()
	for (const node of nodes) {
		if (!node.parentId || node.parentId === node.id) continue
		const list = childrenOf.get(node.parentId) ?? []
		list.push(node)
		childrenOf.set(node.parentId, list)
	}
	const root = byId.get(rootId)
	if (!root) return null
	const visited = new Set<string>()
	const build = (node: LineageNode, depth: number): LineageTree => {
		visited.add(node.id)
		const children = (childrenOf.get(node.id) ?? [])
			.filter((child) => !visited.has(child.id) && depth < MAX_LINEAGE_DEPTH)
			.sort((a, b) => a.countryCode.localeCompare(b.countryCode) || a.lang.localeCompare(b.lang))
			.map((child) => build(child, depth + 1))
		return { ...node, depth, children }
	}
	return build(root, 0)
}

/** "Adapted by N countries in M languages": derivatives outside the original's country. */
export function summarizeReuse(tree: LineageTree | null) {
	if (!tree) return { derivatives: 0, countries: 0, languages: 0 }
	const countries = new Set<string>()
	const languages = new Set<string>()
	let derivatives = 0
	const walk = (node: LineageTree) => {
		for (const child of node.children) {
			derivatives++
			if (child.countryCode !== tree.countryCode) countries.add(child.countryCode)
			if (child.lang !== tree.lang) languages.add(child.lang)
			walk(child)
		}
	}
	walk(tree)
	return { derivatives, countries: countries.size, languages: languages.size }
}
