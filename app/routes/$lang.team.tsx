import {
	data,
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/auth/session.server.ts'
import { ContentText, isolate } from '#app/components/content-text.tsx'
import { Field, FormMessage } from '#app/components/ui/field.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { ScrollRegion } from '#app/components/ui/scroll-region.tsx'
import { can, countriesWhere, invitableRoles, isCountryRole } from '#app/domain/permissions.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import {
	createInvitation,
	listInvitations,
	listMembers,
	removeMembership,
	revokeInvitation,
} from '#app/models/account.server.ts'
import { listAllianceCountries } from '#app/models/country.server.ts'
import { appOrigin, field, readForm } from '#app/utils/request.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/**
 * People and invitations. A coordinator sees and invites their country's
 * contributors; an administrator sees everyone and invites any role.
 */
async function requireTeamManager(request: Request) {
	const user = await requireUser(request)
	const roles = invitableRoles(user)
	if (roles.length === 0) throw new Response('Forbidden', { status: 403 })
	// A target with no country and no owner matches only exchange-wide ('any') permissions.
	const everywhere = roles.some((role) => can(user, 'invite', role, {}))
	return { user, roles, scope: everywhere ? null : countriesWhere(user, 'invite', 'contributor') }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { user, roles, scope } = await requireTeamManager(request)
	const [members, invitations, countries] = await Promise.all([
		scope
			? Promise.all(scope.map((c) => listMembers({ countryCode: c, roles }))).then((l) => l.flat())
			: listMembers({}),
		scope
			? Promise.all(scope.map((c) => listInvitations({ countryCode: c, roles }))).then((l) =>
					l.flat(),
				)
			: listInvitations({}),
		scope ? Promise.resolve(scope.map((code) => ({ code }))) : listAllianceCountries(),
	])
	return {
		title: getFixedT(lang, 'account')('team.title'),
		roles,
		countries: countries.map((c) => c.code),
		members: members.map((m) => ({
			id: m.id,
			role: m.role,
			countryCode: m.countryCode,
			name: m.user.name,
			email: m.user.email,
			removable:
				m.user.id !== user.id &&
				can(user, 'remove', m.role as never, { countryCode: m.countryCode }),
		})),
		invitations: invitations.map((i) => ({
			...i,
			createdAt: i.createdAt.toISOString(),
			expiresAt: i.expiresAt.toISOString(),
		})),
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export async function action({ request, params }: ActionFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { user } = await requireTeamManager(request)
	const form = await readForm(request)
	const intent = field(form, 'intent', 40)
	if (intent === 'invite') {
		const role = field(form, 'role', 40)
		const result = await createInvitation(user, {
			email: field(form, 'email', 254),
			role,
			countryCode: isCountryRole(role) ? field(form, 'countryCode', 2) || null : null,
			uiLang: lang,
			origin: appOrigin(),
		})
		if (!result.ok) {
			if (result.problem === 'forbidden') throw new Response('Forbidden', { status: 403 })
			return data({ ok: null, error: `team.errors.${result.problem}` }, { status: 400 })
		}
		return { ok: 'team.invited', error: null }
	}
	if (intent === 'remove' || intent === 'revoke') {
		const id = field(form, 'id', 64)
		const result =
			intent === 'remove' ? await removeMembership(user, id) : await revokeInvitation(user, id)
		if (result === 'forbidden') throw new Response('Forbidden', { status: 403 })
		if (result === 'not-found') throw new Response('Not found', { status: 404 })
		if (result === 'self') return data({ ok: null, error: 'team.errors.self' }, { status: 400 })
		return { ok: intent === 'remove' ? 'team.removed' : 'team.revoked', error: null }
	}
	return data({ ok: null, error: 'errors.unknown-intent' }, { status: 400 })
}

export default function Team() {
	const { roles, countries, members, invitations } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const { t } = useTranslation('account')
	const labels = useLabels()
	const sortedCountries = [...countries].sort((a, b) =>
		labels.compare(labels.country(a), labels.country(b)),
	)
	return (
		<>
			<h1>{t('team.title')}</h1>
			{result?.ok ? <FormMessage tone="ok">{t(result.ok)}</FormMessage> : null}
			{result?.error ? <FormMessage tone="error">{t(result.error)}</FormMessage> : null}
			<section className="panel" aria-labelledby="invite-title">
				<h2 id="invite-title">{t('team.invite')}</h2>
				<Form method="post" className="form">
					<input type="hidden" name="intent" value="invite" />
					<Field
						label={t('fields.email')}
						name="email"
						type="email"
						required
						maxLength={254}
						autoComplete="off"
					/>
					<Field id="invite-role" label={t('fields.role')}>
						<select name="role" id="invite-role" defaultValue={roles[0]}>
							{roles.map((r) => (
								<option key={r} value={r}>
									{labels.vocab('role', r)}
								</option>
							))}
						</select>
					</Field>
					<Field id="invite-country" label={t('fields.country')} hint={t('team.countryHint')}>
						<select name="countryCode" id="invite-country">
							{sortedCountries.map((c) => (
								<option key={c} value={c}>
									{labels.country(c)}
								</option>
							))}
						</select>
					</Field>
					<button type="submit" className="button">
						{t('team.send')}
					</button>
				</Form>
			</section>
			<section className="panel" aria-labelledby="members-title">
				<h2 id="members-title">{t('team.members')}</h2>
				<ScrollRegion label={t('team.members')}>
					<table className="table">
						<thead>
							<tr>
								<th scope="col">{t('team.name')}</th>
								<th scope="col">{t('fields.email')}</th>
								<th scope="col">{t('fields.role')}</th>
								<th scope="col">{t('fields.country')}</th>
								<th scope="col">
									<span className="visually-hidden">{t('team.actions')}</span>
								</th>
							</tr>
						</thead>
						<tbody>
							{members.map((m) => (
								<tr key={m.id}>
									<td>
										<ContentText>{m.name}</ContentText>
									</td>
									<td>
										<ContentText>{m.email}</ContentText>
									</td>
									<td>{labels.vocab('role', m.role)}</td>
									<td>{m.countryCode ? labels.country(m.countryCode) : '—'}</td>
									<td>
										{m.removable ? (
											<Form method="post">
												<input type="hidden" name="intent" value="remove" />
												<input type="hidden" name="id" value={m.id} />
												<button
													type="submit"
													className="button button--danger button--small"
													aria-label={t('team.removeWho', {
														name: m.name,
														role: labels.vocab('role', m.role),
													})}
												>
													{t('team.remove')}
												</button>
											</Form>
										) : null}
									</td>
								</tr>
							))}
						</tbody>
					</table>
				</ScrollRegion>
			</section>
			<section className="panel" aria-labelledby="invitations-title">
				<h2 id="invitations-title">{t('team.pending')}</h2>
				{invitations.length === 0 ? (
					<p>{t('team.noPending')}</p>
				) : (
					<ul className="history">
						{invitations.map((i) => (
							<li key={i.id}>
								<ContentText>{i.email}</ContentText> · {labels.vocab('role', i.role)}
								{i.countryCode ? ` · ${labels.country(i.countryCode)}` : ''} ·{' '}
								{t('team.expires', { date: labels.date(i.expiresAt) })}
								<Form method="post" className="actions">
									<input type="hidden" name="intent" value="revoke" />
									<input type="hidden" name="id" value={i.id} />
									<button
										type="submit"
										className="button button--secondary button--small"
										aria-label={t('team.revokeWho', { email: isolate(i.email) })}
									>
										{t('team.revoke')}
									</button>
								</Form>
							</li>
						))}
					</ul>
				)}
			</section>
		</>
	)
}
