import { renderRobots } from '#app/domain/sitemap.ts'
import { appOrigin } from '#app/utils/request.server.ts'

/** /robots.txt: where the sitemap is, and what crawlers leave alone. */
export async function loader() {
	return new Response(renderRobots(appOrigin()), {
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'cache-control': 'public, max-age=86400',
		},
	})
}
