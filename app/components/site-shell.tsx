import { Form, Link, NavLink, useLocation, useMatches, useRouteLoaderData } from '@remix-run/react'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { autonym, isUiLanguage, UI_LANGUAGES } from '#app/domain/languages.ts'
import { can, countriesWhere, type Actor } from '#app/domain/permissions.ts'

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
						<NavLink to={`/${lang}/countries`}>{t('nav.countries')}</NavLink>
						<ReportsNav />
						<WorkNav />
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
function WorkNav() {
	const { t, i18n } = useTranslation('account')
	const actor = useActor()
	const lang = i18n.language
	if (!actor) return null
	return (
		<>
			{countriesWhere(actor, 'create', 'material').length ? (
				<NavLink to={`/${lang}/workspace`}>{t('nav.workspace')}</NavLink>
			) : null}
			{countriesWhere(actor, 'decide', 'adaptation-permission').length ? (
				<NavLink to={`/${lang}/workspace/permissions`}>{t('nav.permissions')}</NavLink>
			) : null}
			{can(actor, 'read', 'review-queue') ? (
				<NavLink to={`/${lang}/review`}>{t('nav.review')}</NavLink>
			) : null}
			{(['contributor', 'coordinator', 'reviewer', 'admin'] as const).some((role) =>
				can(actor, 'invite', role),
			) ? (
				<NavLink to={`/${lang}/team`}>{t('nav.team')}</NavLink>
			) : null}
			{can(actor, 'read', 'audit-log') ? (
				<NavLink to={`/${lang}/audit`}>{t('nav.audit')}</NavLink>
			) : null}
			{can(actor, 'manage', 'country', {}) ? (
				<NavLink to={`/${lang}/admin/countries`}>{t('nav.countries')}</NavLink>
			) : null}
			{can(actor, 'read', 'mail-outbox') ? (
				<NavLink to={`/${lang}/admin/mail`}>{t('nav.mail')}</NavLink>
			) : null}
		</>
	)
}

function AccountMenu() {
	const { t, i18n } = useTranslation('account')
	const data = useRouteLoaderData('routes/$lang') as LayoutData | undefined
	const location = useLocation()
	const lang = i18n.language
	const actor = data?.actor
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
	return (
		<div className="account-menu">
			<Link to={`/${lang}/inbox`}>
				{t('nav.inbox')}
				{data.unread ? (
					<>
						{' '}
						<span className="badge" aria-hidden="true">
							{data.unread}
						</span>
						<span className="visually-hidden">{t('nav.unread', { count: data.unread })}</span>
					</>
				) : null}
			</Link>
			<Link to={`/${lang}/account`}>{actor.name}</Link>
			<Form method="post" action={`/${lang}/logout`}>
				<button type="submit" className="link-button">
					{t('nav.signOut')}
				</button>
			</Form>
		</div>
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
				placeholder={t('search.placeholder')}
				maxLength={1000}
				enterKeyHint="search"
			/>
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
