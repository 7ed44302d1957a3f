import { type CatalogFilters } from '#app/domain/catalog-filters.ts'
import { LICENCE_IDENTIFIERS } from '#app/domain/licence.ts'
import { type Licence } from '#app/domain/vocabularies.ts'
import { type MaterialCard, type PublishedMaterial } from '#app/models/material/queries.server.ts'
import { apiUrl } from './http.server.ts'

/** The catalog filters of a validated API query (a list parameter left out is an empty list). */
export function toCatalogFilters(query: Partial<CatalogFilters>): CatalogFilters {
	return {
		audience: query.audience ?? [],
		risk: query.risk ?? [],
		lang: query.lang ?? [],
		country: query.country ?? [],
		type: query.type ?? [],
		age: query.age ?? [],
		licence: query.licence ?? [],
	}
}

/** How other systems name a licence: its SPDX identifier and its URI, beside our own key. */
export function licenceIdentifiers(licence: Licence) {
	const { spdx, uri } = LICENCE_IDENTIFIERS[licence]
	return { licenceSpdx: spdx, licenceUri: uri }
}

/** A catalog card as the API answers it: its page's URL and its licence's identifiers added. */
export function toApiCard(card: MaterialCard, url: string) {
	return { ...card, url, ...licenceIdentifiers(card.licence) }
}

/**
 * A published material as GET /api/v1/materials/:id answers it. Country
 * archives (app/archive/) write the same object, so they cannot drift from
 * the API.
 */
export function toApiMaterialDetail(material: PublishedMaterial, uiLang: string) {
	// The row's own last change dates the linked data and the OAI record; an
	// archive's import writes the row anew, so it is not part of the record.
	const { family, updatedAt: _updatedAt, ...rest } = material
	return {
		...rest,
		url: apiUrl(`/${uiLang}/materials/${rest.id}`),
		...licenceIdentifiers(rest.licence),
		versions: rest.versions.map((v) => ({
			...v,
			files: v.files.map((f) => ({ ...f, downloadUrl: apiUrl(`/download/${f.id}`) })),
		})),
		adaptedFrom: rest.adaptedFrom && {
			...rest.adaptedFrom,
			...licenceIdentifiers(rest.adaptedFrom.licence),
		},
		lineage: { tree: family.tree, reuse: family.reuse },
	}
}
