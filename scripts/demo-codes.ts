// Prints the current sign-in codes of the demo accounts that must use a
// second factor, so anyone trying the demo can sign in as the reviewer or
// the administrator without setting up an authenticator app.
import { totpCode } from '../app/auth/totp.server.ts'
import { DEMO_PASSWORD, DEMO_USERS } from '../prisma/demo/accounts.ts'

const secondsLeft = 30 - (Math.floor(Date.now() / 1000) % 30)
console.log(`Demo password for every account: ${DEMO_PASSWORD}`)
for (const user of DEMO_USERS) {
	if (user.totpSecret)
		console.log(
			`${user.email.padEnd(30)} code ${totpCode(user.totpSecret)}  (valid ${secondsLeft} s more)`,
		)
}
