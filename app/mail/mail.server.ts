import nodemailer, { type Transporter } from 'nodemailer'
import { countryName } from '#app/domain/countries.ts'
import { isUiLanguage, type UiLanguage } from '#app/domain/languages.ts'
import { type Prisma } from '#app/generated/prisma/client.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { db } from '#app/utils/db.server.ts'
import { getEnv } from '#app/utils/env.server.ts'

/**
 * Outgoing mail. Every message is first written to MailMessage in the same
 * transaction as the change that causes it (an invitation, a reset), so a
 * crash cannot lose it or send it for a change that was rolled back. After
 * the commit, `deliverPendingMail` sends it through SMTP when SMTP_URL is
 * set; without SMTP it stays in the outbox, which administrators read in the
 * app, so the demo works with no mail server.
 */

type Tx = Prisma.TransactionClient

export const MAIL_KINDS = [
	'invitation',
	'password-reset',
	'review-decision',
	'adapted',
	'source-revised',
	'account-locked',
	'report-returned',
	'report-accepted',
	'report-reminder',
] as const
export type MailKind = (typeof MAIL_KINDS)[number]

export interface MailInput {
	to: string
	kind: MailKind
	lang: string
	/**
	 * Values for the message's placeholders: {{link}}, {{name}}, {{role}}...
	 * A number in `count` chooses the plural form the language gives it.
	 */
	vars: Record<string, string | number>
}

/** Renders a message in the recipient's language from the `account` namespace. */
export function renderMail(input: MailInput) {
	const lang: UiLanguage = isUiLanguage(input.lang) ? input.lang : 'en'
	const t = getFixedT(lang, 'account')
	const vars = { ...input.vars }
	// A reviewer's decision is a key, a country a code: the recipient reads both in their language.
	if (typeof vars.decision === 'string') vars.decision = t(`inbox.kinds.${vars.decision}`)
	if (typeof vars.country === 'string' && /^[A-Z]{2}$/.test(vars.country))
		vars.country = countryName(vars.country, lang)
	return {
		subject: t(`mail.${input.kind}.subject`, vars),
		text: `${t(`mail.${input.kind}.body`, vars)}\n\n-- \n${t('mail.signature')}\n`,
	}
}

export async function queueMail(tx: Tx, input: MailInput) {
	const { subject, text } = renderMail(input)
	return tx.mailMessage.create({ data: { to: input.to, kind: input.kind, subject, text } })
}

let transport: Transporter | undefined

/** Retries stop after this many failures; the message stays readable in the outbox. */
const MAX_ATTEMPTS = 5

/**
 * Sends what is waiting, when SMTP is configured. Called after the commit
 * that queued a message; failures are recorded on the message and retried on
 * the next call, never thrown at the user whose action queued it.
 */
export async function deliverPendingMail() {
	// One delivery at a time in this process: two overlapping runs would both
	// read the same unsent rows and send each message twice.
	while (inFlight) await inFlight.catch(() => {})
	inFlight = deliverOnce().finally(() => (inFlight = null))
	return inFlight
}

let inFlight: Promise<{ sent: number; failed: number }> | null = null

async function deliverOnce() {
	const { SMTP_URL, MAIL_FROM } = getEnv()
	if (!SMTP_URL) return { sent: 0, failed: 0 }
	transport ??= nodemailer.createTransport(SMTP_URL)
	const pending = await db.mailMessage.findMany({
		where: { sentAt: null, attempts: { lt: MAX_ATTEMPTS } },
		orderBy: { createdAt: 'asc' },
		take: 50,
	})
	let sent = 0
	let failed = 0
	for (const message of pending) {
		try {
			await transport.sendMail({
				from: MAIL_FROM,
				to: message.to,
				subject: message.subject,
				text: message.text,
			})
			await db.mailMessage.update({
				where: { id: message.id },
				data: { sentAt: new Date(), attempts: { increment: 1 } },
			})
			sent++
		} catch (error) {
			failed++
			await db.mailMessage.update({
				where: { id: message.id },
				data: {
					attempts: { increment: 1 },
					lastError: String((error as Error).message ?? error).slice(0, 500),
				},
			})
		}
	}
	return { sent, failed }
}

/** Runs delivery without making the caller wait or fail. */
export function deliverPendingMailSoon() {
	if (!getEnv().SMTP_URL) return
	setImmediate(() => {
		deliverPendingMail().catch((error: unknown) => console.error('mail delivery failed', error))
	})
}

export const OUTBOX_PAGE_SIZE = 50

export async function listMail(page = 1) {
	const p = Math.max(1, Math.min(page, 10_000))
	const [messages, total] = await Promise.all([
		db.mailMessage.findMany({
			orderBy: { createdAt: 'desc' },
			skip: (p - 1) * OUTBOX_PAGE_SIZE,
			take: OUTBOX_PAGE_SIZE,
		}),
		db.mailMessage.count(),
	])
	return { messages, total, page: p }
}
