import { redirect, type LoaderFunctionArgs } from '@remix-run/node'
import { negotiateUiLanguage } from '#app/domain/languages.ts'

/** `/` sends readers to their language, chosen from Accept-Language. */
export async function loader({ request }: LoaderFunctionArgs) {
	const lang = negotiateUiLanguage(request.headers.get('accept-language'))
	return redirect(`/${lang}`, { headers: { vary: 'Accept-Language' } })
}
