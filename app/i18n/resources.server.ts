import arAccount from '../../locales/ar/account.json'
import arCommon from '../../locales/ar/common.json'
import arContribute from '../../locales/ar/contribute.json'
import arReporting from '../../locales/ar/reporting.json'
import arVocab from '../../locales/ar/vocab.json'
import enAccount from '../../locales/en/account.json'
import enCommon from '../../locales/en/common.json'
import enContribute from '../../locales/en/contribute.json'
import enReporting from '../../locales/en/reporting.json'
import enVocab from '../../locales/en/vocab.json'
import frAccount from '../../locales/fr/account.json'
import frCommon from '../../locales/fr/common.json'
import frContribute from '../../locales/fr/contribute.json'
import frReporting from '../../locales/fr/reporting.json'
import frVocab from '../../locales/fr/vocab.json'
import { type UiLanguage } from '#app/domain/languages.ts'
import { createI18n, type LanguageResources, type Namespace } from './config.ts'

export const RESOURCES: Record<UiLanguage, LanguageResources> = {
	en: {
		common: enCommon,
		vocab: enVocab,
		account: enAccount,
		contribute: enContribute,
		reporting: enReporting,
	},
	fr: {
		common: frCommon,
		vocab: frVocab,
		account: frAccount,
		contribute: frContribute,
		reporting: frReporting,
	},
	ar: {
		common: arCommon,
		vocab: arVocab,
		account: arAccount,
		contribute: arContribute,
		reporting: arReporting,
	},
}

const instances = new Map<UiLanguage, ReturnType<typeof createI18n>>()

/** A translation function for loaders, actions and resource routes. */
export function getFixedT(lang: UiLanguage, ns: Namespace = 'common') {
	let instance = instances.get(lang)
	if (!instance) {
		instance = createI18n(lang, RESOURCES[lang], RESOURCES.en)
		instances.set(lang, instance)
	}
	return instance.getFixedT(lang, ns)
}
