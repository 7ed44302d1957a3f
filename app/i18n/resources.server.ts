import arCommon from '../../locales/ar/common.json'
import arVocab from '../../locales/ar/vocab.json'
import enCommon from '../../locales/en/common.json'
import enVocab from '../../locales/en/vocab.json'
import frCommon from '../../locales/fr/common.json'
import frVocab from '../../locales/fr/vocab.json'
import { type UiLanguage } from '#app/domain/languages.ts'
import { createI18n, type LanguageResources } from './config.ts'

export const RESOURCES: Record<UiLanguage, LanguageResources> = {
	en: { common: enCommon, vocab: enVocab },
	fr: { common: frCommon, vocab: frVocab },
	ar: { common: arCommon, vocab: arVocab },
}

const instances = new Map<UiLanguage, ReturnType<typeof createI18n>>()

/** A translation function for loaders, actions and resource routes. */
export function getFixedT(lang: UiLanguage, ns: 'common' | 'vocab' = 'common') {
	let instance = instances.get(lang)
	if (!instance) {
		instance = createI18n(lang, RESOURCES[lang], RESOURCES.en)
		instances.set(lang, instance)
	}
	return instance.getFixedT(lang, ns)
}
