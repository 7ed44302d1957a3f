import arAccount from '../../locales/ar/account.json'
import arCommon from '../../locales/ar/common.json'
import arContribute from '../../locales/ar/contribute.json'
import arReporting from '../../locales/ar/reporting.json'
import arVocab from '../../locales/ar/vocab.json'
import bgAccount from '../../locales/bg/account.json'
import bgCommon from '../../locales/bg/common.json'
import bgContribute from '../../locales/bg/contribute.json'
import bgReporting from '../../locales/bg/reporting.json'
import bgVocab from '../../locales/bg/vocab.json'
import csAccount from '../../locales/cs/account.json'
import csCommon from '../../locales/cs/common.json'
import csContribute from '../../locales/cs/contribute.json'
import csReporting from '../../locales/cs/reporting.json'
import csVocab from '../../locales/cs/vocab.json'
import daAccount from '../../locales/da/account.json'
import daCommon from '../../locales/da/common.json'
import daContribute from '../../locales/da/contribute.json'
import daReporting from '../../locales/da/reporting.json'
import daVocab from '../../locales/da/vocab.json'
import deAccount from '../../locales/de/account.json'
import deCommon from '../../locales/de/common.json'
import deContribute from '../../locales/de/contribute.json'
import deReporting from '../../locales/de/reporting.json'
import deVocab from '../../locales/de/vocab.json'
import elAccount from '../../locales/el/account.json'
import elCommon from '../../locales/el/common.json'
import elContribute from '../../locales/el/contribute.json'
import elReporting from '../../locales/el/reporting.json'
import elVocab from '../../locales/el/vocab.json'
import enAccount from '../../locales/en/account.json'
import enCommon from '../../locales/en/common.json'
import enContribute from '../../locales/en/contribute.json'
import enReporting from '../../locales/en/reporting.json'
import enVocab from '../../locales/en/vocab.json'
import esAccount from '../../locales/es/account.json'
import esCommon from '../../locales/es/common.json'
import esContribute from '../../locales/es/contribute.json'
import esReporting from '../../locales/es/reporting.json'
import esVocab from '../../locales/es/vocab.json'
import etAccount from '../../locales/et/account.json'
import etCommon from '../../locales/et/common.json'
import etContribute from '../../locales/et/contribute.json'
import etReporting from '../../locales/et/reporting.json'
import etVocab from '../../locales/et/vocab.json'
import fiAccount from '../../locales/fi/account.json'
import fiCommon from '../../locales/fi/common.json'
import fiContribute from '../../locales/fi/contribute.json'
import fiReporting from '../../locales/fi/reporting.json'
import fiVocab from '../../locales/fi/vocab.json'
import frAccount from '../../locales/fr/account.json'
import frCommon from '../../locales/fr/common.json'
import frContribute from '../../locales/fr/contribute.json'
import frReporting from '../../locales/fr/reporting.json'
import frVocab from '../../locales/fr/vocab.json'
import heAccount from '../../locales/he/account.json'
import heCommon from '../../locales/he/common.json'
import heContribute from '../../locales/he/contribute.json'
import heReporting from '../../locales/he/reporting.json'
import heVocab from '../../locales/he/vocab.json'
import hrAccount from '../../locales/hr/account.json'
import hrCommon from '../../locales/hr/common.json'
import hrContribute from '../../locales/hr/contribute.json'
import hrReporting from '../../locales/hr/reporting.json'
import hrVocab from '../../locales/hr/vocab.json'
import huAccount from '../../locales/hu/account.json'
import huCommon from '../../locales/hu/common.json'
import huContribute from '../../locales/hu/contribute.json'
import huReporting from '../../locales/hu/reporting.json'
import huVocab from '../../locales/hu/vocab.json'
import hyAccount from '../../locales/hy/account.json'
import hyCommon from '../../locales/hy/common.json'
import hyContribute from '../../locales/hy/contribute.json'
import hyReporting from '../../locales/hy/reporting.json'
import hyVocab from '../../locales/hy/vocab.json'
import itAccount from '../../locales/it/account.json'
import itCommon from '../../locales/it/common.json'
import itContribute from '../../locales/it/contribute.json'
import itReporting from '../../locales/it/reporting.json'
import itVocab from '../../locales/it/vocab.json'
import jaAccount from '../../locales/ja/account.json'
import jaCommon from '../../locales/ja/common.json'
import jaContribute from '../../locales/ja/contribute.json'
import jaReporting from '../../locales/ja/reporting.json'
import jaVocab from '../../locales/ja/vocab.json'
import kaAccount from '../../locales/ka/account.json'
import kaCommon from '../../locales/ka/common.json'
import kaContribute from '../../locales/ka/contribute.json'
import kaReporting from '../../locales/ka/reporting.json'
import kaVocab from '../../locales/ka/vocab.json'
import kmAccount from '../../locales/km/account.json'
import kmCommon from '../../locales/km/common.json'
import kmContribute from '../../locales/km/contribute.json'
import kmReporting from '../../locales/km/reporting.json'
import kmVocab from '../../locales/km/vocab.json'
import koAccount from '../../locales/ko/account.json'
import koCommon from '../../locales/ko/common.json'
import koContribute from '../../locales/ko/contribute.json'
import koReporting from '../../locales/ko/reporting.json'
import koVocab from '../../locales/ko/vocab.json'
import ltAccount from '../../locales/lt/account.json'
import ltCommon from '../../locales/lt/common.json'
import ltContribute from '../../locales/lt/contribute.json'
import ltReporting from '../../locales/lt/reporting.json'
import ltVocab from '../../locales/lt/vocab.json'
import lvAccount from '../../locales/lv/account.json'
import lvCommon from '../../locales/lv/common.json'
import lvContribute from '../../locales/lv/contribute.json'
import lvReporting from '../../locales/lv/reporting.json'
import lvVocab from '../../locales/lv/vocab.json'
import nbAccount from '../../locales/nb/account.json'
import nbCommon from '../../locales/nb/common.json'
import nbContribute from '../../locales/nb/contribute.json'
import nbReporting from '../../locales/nb/reporting.json'
import nbVocab from '../../locales/nb/vocab.json'
import nlAccount from '../../locales/nl/account.json'
import nlCommon from '../../locales/nl/common.json'
import nlContribute from '../../locales/nl/contribute.json'
import nlReporting from '../../locales/nl/reporting.json'
import nlVocab from '../../locales/nl/vocab.json'
import plAccount from '../../locales/pl/account.json'
import plCommon from '../../locales/pl/common.json'
import plContribute from '../../locales/pl/contribute.json'
import plReporting from '../../locales/pl/reporting.json'
import plVocab from '../../locales/pl/vocab.json'
import ptAccount from '../../locales/pt/account.json'
import ptCommon from '../../locales/pt/common.json'
import ptContribute from '../../locales/pt/contribute.json'
import ptReporting from '../../locales/pt/reporting.json'
import ptVocab from '../../locales/pt/vocab.json'
import roAccount from '../../locales/ro/account.json'
import roCommon from '../../locales/ro/common.json'
import roContribute from '../../locales/ro/contribute.json'
import roReporting from '../../locales/ro/reporting.json'
import roVocab from '../../locales/ro/vocab.json'
import ruAccount from '../../locales/ru/account.json'
import ruCommon from '../../locales/ru/common.json'
import ruContribute from '../../locales/ru/contribute.json'
import ruReporting from '../../locales/ru/reporting.json'
import ruVocab from '../../locales/ru/vocab.json'
import skAccount from '../../locales/sk/account.json'
import skCommon from '../../locales/sk/common.json'
import skContribute from '../../locales/sk/contribute.json'
import skReporting from '../../locales/sk/reporting.json'
import skVocab from '../../locales/sk/vocab.json'
import slAccount from '../../locales/sl/account.json'
import slCommon from '../../locales/sl/common.json'
import slContribute from '../../locales/sl/contribute.json'
import slReporting from '../../locales/sl/reporting.json'
import slVocab from '../../locales/sl/vocab.json'
import sqAccount from '../../locales/sq/account.json'
import sqCommon from '../../locales/sq/common.json'
import sqContribute from '../../locales/sq/contribute.json'
import sqReporting from '../../locales/sq/reporting.json'
import sqVocab from '../../locales/sq/vocab.json'
import srAccount from '../../locales/sr/account.json'
import srCommon from '../../locales/sr/common.json'
import srContribute from '../../locales/sr/contribute.json'
import srReporting from '../../locales/sr/reporting.json'
import srVocab from '../../locales/sr/vocab.json'
import svAccount from '../../locales/sv/account.json'
import svCommon from '../../locales/sv/common.json'
import svContribute from '../../locales/sv/contribute.json'
import svReporting from '../../locales/sv/reporting.json'
import svVocab from '../../locales/sv/vocab.json'
import thAccount from '../../locales/th/account.json'
import thCommon from '../../locales/th/common.json'
import thContribute from '../../locales/th/contribute.json'
import thReporting from '../../locales/th/reporting.json'
import thVocab from '../../locales/th/vocab.json'
import trAccount from '../../locales/tr/account.json'
import trCommon from '../../locales/tr/common.json'
import trContribute from '../../locales/tr/contribute.json'
import trReporting from '../../locales/tr/reporting.json'
import trVocab from '../../locales/tr/vocab.json'
import ukAccount from '../../locales/uk/account.json'
import ukCommon from '../../locales/uk/common.json'
import ukContribute from '../../locales/uk/contribute.json'
import ukReporting from '../../locales/uk/reporting.json'
import ukVocab from '../../locales/uk/vocab.json'
import viAccount from '../../locales/vi/account.json'
import viCommon from '../../locales/vi/common.json'
import viContribute from '../../locales/vi/contribute.json'
import viReporting from '../../locales/vi/reporting.json'
import viVocab from '../../locales/vi/vocab.json'
import zhAccount from '../../locales/zh/account.json'
import zhCommon from '../../locales/zh/common.json'
import zhContribute from '../../locales/zh/contribute.json'
import zhReporting from '../../locales/zh/reporting.json'
import zhVocab from '../../locales/zh/vocab.json'
import { type UiLanguage } from '#app/domain/languages.ts'
import { createI18n, type LanguageResources, type Namespace } from './config.ts'

/**
 * Every UI language's strings, bundled with the server (so scripts and the
 * server read the same files, with no file system path to get wrong). Typed
 * by UiLanguage: a language added to the registry without its files does not
 * compile, and tests/integration/locales.test.ts checks each file is complete.
 */
export const RESOURCES: Record<UiLanguage, LanguageResources> = {
	ar: {
		common: arCommon,
		vocab: arVocab,
		account: arAccount,
		contribute: arContribute,
		reporting: arReporting,
	},
	bg: {
		common: bgCommon,
		vocab: bgVocab,
		account: bgAccount,
		contribute: bgContribute,
		reporting: bgReporting,
	},
	cs: {
		common: csCommon,
		vocab: csVocab,
		account: csAccount,
		contribute: csContribute,
		reporting: csReporting,
	},
	da: {
		common: daCommon,
		vocab: daVocab,
		account: daAccount,
		contribute: daContribute,
		reporting: daReporting,
	},
	de: {
		common: deCommon,
		vocab: deVocab,
		account: deAccount,
		contribute: deContribute,
		reporting: deReporting,
	},
	el: {
		common: elCommon,
		vocab: elVocab,
		account: elAccount,
		contribute: elContribute,
		reporting: elReporting,
	},
	en: {
		common: enCommon,
		vocab: enVocab,
		account: enAccount,
		contribute: enContribute,
		reporting: enReporting,
	},
	es: {
		common: esCommon,
		vocab: esVocab,
		account: esAccount,
		contribute: esContribute,
		reporting: esReporting,
	},
	et: {
		common: etCommon,
		vocab: etVocab,
		account: etAccount,
		contribute: etContribute,
		reporting: etReporting,
	},
	fi: {
		common: fiCommon,
		vocab: fiVocab,
		account: fiAccount,
		contribute: fiContribute,
		reporting: fiReporting,
	},
	fr: {
		common: frCommon,
		vocab: frVocab,
		account: frAccount,
		contribute: frContribute,
		reporting: frReporting,
	},
	he: {
		common: heCommon,
		vocab: heVocab,
		account: heAccount,
		contribute: heContribute,
		reporting: heReporting,
	},
	hr: {
		common: hrCommon,
		vocab: hrVocab,
		account: hrAccount,
		contribute: hrContribute,
		reporting: hrReporting,
	},
	hu: {
		common: huCommon,
		vocab: huVocab,
		account: huAccount,
		contribute: huContribute,
		reporting: huReporting,
	},
	hy: {
		common: hyCommon,
		vocab: hyVocab,
		account: hyAccount,
		contribute: hyContribute,
		reporting: hyReporting,
	},
	it: {
		common: itCommon,
		vocab: itVocab,
		account: itAccount,
		contribute: itContribute,
		reporting: itReporting,
	},
	ja: {
		common: jaCommon,
		vocab: jaVocab,
		account: jaAccount,
		contribute: jaContribute,
		reporting: jaReporting,
	},
	ka: {
		common: kaCommon,
		vocab: kaVocab,
		account: kaAccount,
		contribute: kaContribute,
		reporting: kaReporting,
	},
	km: {
		common: kmCommon,
		vocab: kmVocab,
		account: kmAccount,
		contribute: kmContribute,
		reporting: kmReporting,
	},
	ko: {
		common: koCommon,
		vocab: koVocab,
		account: koAccount,
		contribute: koContribute,
		reporting: koReporting,
	},
	lt: {
		common: ltCommon,
		vocab: ltVocab,
		account: ltAccount,
		contribute: ltContribute,
		reporting: ltReporting,
	},
	lv: {
		common: lvCommon,
		vocab: lvVocab,
		account: lvAccount,
		contribute: lvContribute,
		reporting: lvReporting,
	},
	nb: {
		common: nbCommon,
		vocab: nbVocab,
		account: nbAccount,
		contribute: nbContribute,
		reporting: nbReporting,
	},
	nl: {
		common: nlCommon,
		vocab: nlVocab,
		account: nlAccount,
		contribute: nlContribute,
		reporting: nlReporting,
	},
	pl: {
		common: plCommon,
		vocab: plVocab,
		account: plAccount,
		contribute: plContribute,
		reporting: plReporting,
	},
	pt: {
		common: ptCommon,
		vocab: ptVocab,
		account: ptAccount,
		contribute: ptContribute,
		reporting: ptReporting,
	},
	ro: {
		common: roCommon,
		vocab: roVocab,
		account: roAccount,
		contribute: roContribute,
		reporting: roReporting,
	},
	ru: {
		common: ruCommon,
		vocab: ruVocab,
		account: ruAccount,
		contribute: ruContribute,
		reporting: ruReporting,
	},
	sk: {
		common: skCommon,
		vocab: skVocab,
		account: skAccount,
		contribute: skContribute,
		reporting: skReporting,
	},
	sl: {
		common: slCommon,
		vocab: slVocab,
		account: slAccount,
		contribute: slContribute,
		reporting: slReporting,
	},
	sq: {
		common: sqCommon,
		vocab: sqVocab,
		account: sqAccount,
		contribute: sqContribute,
		reporting: sqReporting,
	},
	sr: {
		common: srCommon,
		vocab: srVocab,
		account: srAccount,
		contribute: srContribute,
		reporting: srReporting,
	},
	sv: {
		common: svCommon,
		vocab: svVocab,
		account: svAccount,
		contribute: svContribute,
		reporting: svReporting,
	},
	th: {
		common: thCommon,
		vocab: thVocab,
		account: thAccount,
		contribute: thContribute,
		reporting: thReporting,
	},
	tr: {
		common: trCommon,
		vocab: trVocab,
		account: trAccount,
		contribute: trContribute,
		reporting: trReporting,
	},
	uk: {
		common: ukCommon,
		vocab: ukVocab,
		account: ukAccount,
		contribute: ukContribute,
		reporting: ukReporting,
	},
	vi: {
		common: viCommon,
		vocab: viVocab,
		account: viAccount,
		contribute: viContribute,
		reporting: viReporting,
	},
	zh: {
		common: zhCommon,
		vocab: zhVocab,
		account: zhAccount,
		contribute: zhContribute,
		reporting: zhReporting,
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
