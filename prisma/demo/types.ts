import {
	type AccessibilityFeature,
	type Audience,
	type Channel,
	type EvaluationMethod,
	type Licence,
	type ReachUnit,
	type ResourceType,
	type Risk,
} from '../../app/domain/vocabularies.ts'
import { type CostCurrency } from '../../app/domain/campaign-evidence.ts'

/** Demo data: invented campaigns, clearly marked as demo in the app. */
export interface DemoCampaign {
	/** Stable id, `demo-c-NN`; seeding never touches rows it did not create. */
	id: string
	countryCode: string
	originalLang: string
	startYear: number
	endYear?: number
	reachCount?: number
	/** What reachCount counts; people when not given. */
	reachUnit?: ReachUnit
	evaluationMethod: EvaluationMethod
	/** Whole units of costCurrency. */
	costAmount?: number
	costCurrency?: CostCurrency
	/** Months the campaign was active. */
	durationMonths?: number
	channels: Channel[]
	audiences: Audience[]
	risks: Risk[]
	/** Campaign text per language; the original language first. */
	translations: {
		lang: string
		title: string
		summary: string
		objectives: string
		reach: string
		results: string
		lessonsLearned: string
	}[]
	materials: DemoMaterial[]
}

export interface DemoMaterial {
	/** Stable id, `demo-m-NNN`. */
	id: string
	resourceType: ResourceType
	audiences: Audience[]
	risks: Risk[]
	ageMin?: number
	ageMax?: number
	licence: Licence
	accessibility: AccessibilityFeature[]
	originalLang: string
	/** Lineage: the id of another demo material and the language version it was derived from. */
	derivedFrom?: { materialId: string; lang: string; kind: 'translation' | 'adaptation' }
	/** Days before the seed date it was published, so "recent" has an order. */
	publishedDaysAgo: number
	versions: {
		lang: string
		title: string
		description: string
		/**
		 * Text of the material itself: the words printed on a poster or
		 * leaflet (first line is the headline), or the body of a lesson plan,
		 * guide or video script.
		 */
		body: string
		/** A helpline or reporting contact shown on posters; invented numbers only. */
		helpline?: string
	}[]
}
