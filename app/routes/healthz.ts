import { db } from '#app/utils/db.server.ts'

/** 200 when the database answers a query, 503 otherwise; for load balancers and monitors. */
export async function loader() {
	try {
		await db.$queryRaw`SELECT 1`
		return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } })
	} catch (error) {
		console.error('healthz: database check failed', error)
		return Response.json(
			{ status: 'error' },
			{ status: 503, headers: { 'cache-control': 'no-store' } },
		)
	}
}
