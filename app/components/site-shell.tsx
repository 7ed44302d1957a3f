import { Form, Link, NavLink, useLocation, useMatches } from '@remix-run/react'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { autonym, isUiLanguage, UI_LANGUAGES } from '#app/domain/languages.ts'

/** Header, navigation, language switch and footer around every page. */
export function SiteShell({ children }: { children: ReactNode }) {
	const { t, i18n } = useTranslation()
	const lang = i18n.language
	return (
		<>
			<a className="skip-link" href="#main">
				{t('nav.skip')}
			</a>
			<header className="site-header">
				<div className="site-header__inner">
					<Link to={`/${lang}`} className="brand">
						<span className="brand__mark" aria-hidden="true">
							AX
						</span>
						{t('app.name')}
					</Link>
					<nav className="site-nav" aria-label={t('nav.label')}>
						<NavLink to={`/${lang}/materials`}>{t('nav.materials')}</NavLink>
						<NavLink to={`/${lang}/countries`}>{t('nav.countries')}</NavLink>
					</nav>
					<HeaderSearch />
					<LanguageSwitch current={lang} />
				</div>
			</header>
			<main id="main" tabIndex={-1}>
				{children}
			</main>
			<footer className="site-footer">
				<div className="site-footer__inner">
					<p>{t('footer.about')}</p>
					<p>{t('footer.privacy')}</p>
				</div>
			</footer>
		</>
	)
}

/** Routes whose page has its own search field set `handle: { ownSearch: true }`. */
function HeaderSearch() {
	const { t, i18n } = useTranslation()
	const matches = useMatches()
	const ownSearch = matches.some((m) => (m.handle as { ownSearch?: boolean } | undefined)?.ownSearch)
	if (ownSearch) return null
	return (
		<Form method="get" action={`/${i18n.language}/materials`} role="search" className="header-search">
			<label htmlFor="header-q" className="visually-hidden">
				{t('search.label')}
			</label>
			<input id="header-q" type="search" name="q" placeholder={t('search.placeholder')} maxLength={1000} enterKeyHint="search" />
			<button type="submit" className="button">
				{t('search.submit')}
			</button>
		</Form>
	)
}

function LanguageSwitch({ current }: { current: string }) {
	const { t } = useTranslation()
	const location = useLocation()
	const [, first, ...rest] = location.pathname.split('/')
	const tail = isUiLanguage(first) ? rest.join('/') : ''
	return (
		<nav aria-label={t('nav.language')}>
			<ul className="lang-switch">
				{UI_LANGUAGES.map((lang) => (
					<li key={lang}>
						<a
							href={`/${lang}${tail ? `/${tail}` : ''}${location.search}`}
							lang={lang}
							hrefLang={lang}
							aria-current={lang === current ? 'true' : undefined}
						>
							{autonym(lang)}
						</a>
					</li>
				))}
			</ul>
		</nav>
	)
}
