import { type CatalogFilters } from '#app/domain/catalog-filters.ts'
import { LICENCE_IDENTIFIERS } from '#app/domain/licence.ts'
import { type Licence } from '#app/domain/vocabularies.ts'
import { type MaterialCard } from '#app/models/material/queries.server.ts'

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
