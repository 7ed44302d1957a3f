import { createContext, useContext } from 'react'

// The Content-Security-Policy nonce of the current request. server.js makes a
// fresh one per request and entry.server.tsx provides it while rendering, so
// the inline scripts Remix writes (hydration data, scroll restoration) carry
// it. In the browser nothing provides it and nothing needs it: those scripts
// have already run, browsers hide the attribute from the DOM anyway, and the
// script tags suppress hydration warnings about it.
const NonceContext = createContext<string | undefined>(undefined)

export const NonceProvider = NonceContext.Provider

export function useNonce() {
	return useContext(NonceContext)
}
