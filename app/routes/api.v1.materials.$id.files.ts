import { type ActionFunctionArgs } from '@remix-run/node'
import { getUser } from '#app/auth/session.server.ts'
import { isUiLanguage, negotiateUiLanguage } from '#app/domain/languages.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { handleMaterialUpload } from './__upload.server.ts'

/**
 * Upload endpoint for the workspace's progress bar (XMLHttpRequest): the same
 * upload as the page's plain form, answered in JSON with a translated
 * message. Session and same-origin checks apply as to every form.
 */
export async function action({ request, params }: ActionFunctionArgs) {
	const url = new URL(request.url)
	const ui = url.searchParams.get('ui')
	const lang = isUiLanguage(ui) ? ui : negotiateUiLanguage(request.headers.get('accept-language'))
	const t = getFixedT(lang, 'account')
	const headers = { 'cache-control': 'no-store' }
	const user = await getUser(request)
	if (!user) {
		return Response.json(
			{ error: { code: 'signed-out', message: t('upload.errors.signed-out') } },
			{ status: 401, headers },
		)
	}
	const outcome = await handleMaterialUpload(request, user, params.id ?? '')
	if (outcome.ok)
		return Response.json(
			{ fileId: outcome.fileId, versionId: outcome.versionId },
			{ status: 201, headers },
		)
	return Response.json(
		{
			error: {
				code: outcome.code,
				message: t(`upload.errors.${outcome.code}`, { limit: outcome.limitMb }),
			},
		},
		{ status: outcome.status, headers },
	)
}

export async function loader() {
	return new Response('Method not allowed', { status: 405, headers: { allow: 'POST' } })
}
