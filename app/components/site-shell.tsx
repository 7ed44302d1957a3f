import { Form, Link, NavLink, useLocation, useMatches, useRouteLoaderData } from '@remix-run/react'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import {
	autonym,
	isUiLanguage,
	languageTag,
	UI_LANGUAGES,
	type UiLanguage,
} from '#app/domain/languages.ts'
import { can, countriesWhere, type Actor } from '#app/domain/permissions.ts'
import { ContentText } from './content-text.tsx'
import { useDisclosureMenu } from './ui/disclosure-menu.ts'

type LayoutData = {
	actor: (Actor & { name: string }) | null
	unread: number
	reports?: boolean
} | null

/** The signed-in user's roles (null when anonymous), from the language layout's loader. */
export function useActor() {
	const data = useRouteLoaderData('routes/$lang') as LayoutData | undefined
	return data?.actor ?? null
}

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
						<NavLink to={`/${lang}/campaigns`}>{t('nav.campaigns')}</NavLink>
						<NavLink to={`/${lang}/countries`}>{t('nav.countries')}</NavLink>
						<ReportsNav />
					</nav>
					<HeaderSearch />
					<AccountMenu />
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
					<p>
						<Link to={`/${lang}/api`}>{t('footer.api')}</Link>
					</p>
				</div>
			</footer>
		</>
	)
}

/** The reporting rounds: for the signed-in, and for everyone once a round is public. */
function ReportsNav() {
	const { t, i18n } = useTranslation()
	const data = useRouteLoaderData('routes/$lang') as LayoutData | undefined
	if (!data?.reports) return null
	return <NavLink to={`/${i18n.language}/reports`}>{t('nav.reports')}</NavLink>
}

/** Links to the work areas the user's roles open, and no others. */
function workLinks(actor: Actor, lang: string, t: (key: string) => string) {
	const links: { to: string; label: string }[] = []
	if (countriesWhere(actor, 'create', 'material').length)
		links.push({ to: `/${lang}/workspace`, label: t('nav.workspace') })
	if (countriesWhere(actor, 'decide', 'adaptation-permission').length)
		links.push({ to: `/${lang}/workspace/permissions`, label: t('nav.permissions') })
	if (can(actor, 'read', 'review-queue'))
		links.push({ to: `/${lang}/review`, label: t('nav.review') })
	if (
		(['contributor', 'coordinator', 'reviewer', 'admin'] as const).some((r) =>
			can(actor, 'invite', r),
		)
	)
		links.push({ to: `/${lang}/team`, label: t('nav.team') })
	if (can(actor, 'read', 'audit-log')) links.push({ to: `/${lang}/audit`, label: t('nav.audit') })
	if (can(actor, 'manage', 'country', {}))
		links.push({ to: `/${lang}/admin/countries`, label: t('nav.countries') })
	if (can(actor, 'read', 'mail-outbox'))
		links.push({ to: `/${lang}/admin/mail`, label: t('nav.mail') })
	return links
}

/**
 * Signed out: a link to sign in. Signed in: one button that opens the
 * person's menu (their work areas, inbox, account, sign out), so the header
 * stays one line whatever the roles. A <details> works without JavaScript;
 * with it, the menu closes on Escape, on a click outside and after a choice.
 */
function AccountMenu() {
	const { t, i18n } = useTranslation('account')
	const data = useRouteLoaderData('routes/$lang') as LayoutData | undefined
	const location = useLocation()
	const lang = i18n.language
	const actor = data?.actor
	const { open, props: menuProps } = useDisclosureMenu()

	if (!actor) {
		const here = `${location.pathname}${location.search}`
		const redirectTo = location.pathname.includes('/login')
			? ''
			: `?redirectTo=${encodeURIComponent(here)}`
		return (
			<div className="account-menu">
				<Link to={`/${lang}/login${redirectTo}`}>{t('nav.signIn')}</Link>
			</div>
		)
	}
	const links = workLinks(actor, lang, t)
	return (
		<details className="account-menu" {...menuProps}>
			<summary className="account-menu__toggle" aria-expanded={open}>
				{t('nav.menu')}
				{data.unread ? (
					<>
						{' '}
						<span className="badge" aria-hidden="true">
							{data.unread}
						</span>
						<span className="visually-hidden">{t('nav.unread', { count: data.unread })}</span>
					</>
				) : null}
			</summary>
			<div className="account-menu__panel">
				<p className="account-menu__who">
					{t('nav.signedInAs')} <ContentText>{actor.name}</ContentText>
				</p>
				<nav aria-label={t('nav.menuLabel')}>
					<ul className="account-menu__links">
						{links.map((link) => (
							<li key={link.to}>
								<NavLink to={link.to} end>
									{link.label}
								</NavLink>
							</li>
						))}
						<li className={links.length ? 'account-menu__own' : undefined}>
							<NavLink to={`/${lang}/inbox`}>
								{t('nav.inbox')}
								{data.unread ? (
									<>
										{' '}
										<span className="badge" aria-hidden="true">
											{data.unread}
										</span>
										<span className="visually-hidden">
											{t('nav.unread', { count: data.unread })}
										</span>
									</>
								) : null}
							</NavLink>
						</li>
						<li>
							<NavLink to={`/${lang}/account`}>{t('nav.account')}</NavLink>
						</li>
						<li>
							<Form method="post" action={`/${lang}/logout`}>
								<button type="submit" className="link-button">
									{t('nav.signOut')}
								</button>
							</Form>
						</li>
					</ul>
				</nav>
			</div>
		</details>
	)
}

/** Routes whose page has its own search field set `handle: { ownSearch: true }`. */
function HeaderSearch() {
	const { t, i18n } = useTranslation()
	const matches = useMatches()
	const ownSearch = matches.some(
		(m) => (m.handle as { ownSearch?: boolean } | undefined)?.ownSearch,
	)
	if (ownSearch) return null
	return (
		<Form
			method="get"
			action={`/${i18n.language}/materials`}
			role="search"
			className="header-search"
		>
			<label htmlFor="header-q" className="visually-hidden">
				{t('search.label')}
			</label>
			<input
				id="header-q"
				type="search"
				name="q"
				placeholder={t('search.headerPlaceholder')}
				maxLength={1000}
				enterKeyHint="search"
			/>
			{/* A magnifier beside the field; its name is the word, for every reader. */}
			<button type="submit" className="button header-search__button">
				<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="18" height="18">
					<circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.5" />
					<path
						d="M15.5 15.5 21 21"
						stroke="currentColor"
						strokeWidth="2.5"
						strokeLinecap="round"
					/>
				</svg>
				<span className="visually-hidden">{t('search.submit')}</span>
			</button>
		</Form>
	)
}

/**
 * The interface in each of its languages, each named in itself: a menu, not
 * a row of 38 links. It keeps the page and its query; the globe marks it for
 * a reader who does not read the current language. Each name says its
 * language (for screen readers' voices) and takes the page's alignment, so
 * the list reads as one column; the head's hreflang links give crawlers the
 * same pages.
 */
function LanguageSwitch({ current }: { current: string }) {
	const { t } = useTranslation()
	const location = useLocation()
	const { open, props: menuProps } = useDisclosureMenu()
	const [, first, ...rest] = location.pathname.split('/')
	const tail = isUiLanguage(first) ? rest.join('/') : ''
	return (
		<nav className="lang-nav" aria-label={t('nav.language')}>
			<details className="lang-menu" {...menuProps}>
				<summary className="lang-menu__toggle" aria-expanded={open}>
					<svg
						className="lang-menu__globe"
						viewBox="0 0 24 24"
						aria-hidden="true"
						focusable="false"
					>
						<circle cx="12" cy="12" r="9.25" />
						<path d="M2.75 12h18.5M12 2.75c2.6 2.5 3.9 5.6 3.9 9.25s-1.3 6.75-3.9 9.25M12 2.75C9.4 5.25 8.1 8.35 8.1 12s1.3 6.75 3.9 9.25" />
					</svg>
					<span className="visually-hidden">{t('nav.language')}: </span>
					<span lang={languageTag(current as UiLanguage)}>{autonym(current)}</span>
				</summary>
				<ul className="lang-menu__list">
					{UI_LANGUAGES.map((lang) => (
						<li key={lang}>
							<a
								href={`/${lang}${tail ? `/${tail}` : ''}${location.search}`}
								lang={languageTag(lang)}
								aria-current={lang === current ? 'true' : undefined}
							>
								{autonym(lang)}
							</a>
						</li>
					))}
				</ul>
			</details>
		</nav>
	)
}
