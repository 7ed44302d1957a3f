/** Any unknown path under a language prefix: a translated 404 from the root error boundary. */
export async function loader() {
	throw new Response('Not found', { status: 404 })
}

export default function NotFound() {
	return null
}
