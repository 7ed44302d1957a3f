/** File extensions for the media types the exchange stores and serves. */
export const EXTENSION_BY_MEDIA_TYPE: Record<string, string> = {
	'image/png': 'png',
	'image/jpeg': 'jpg',
	'image/webp': 'webp',
	'image/avif': 'avif',
	'application/pdf': 'pdf',
	'text/plain': 'txt',
	'video/mp4': 'mp4',
	'video/webm': 'webm',
	'audio/mpeg': 'mp3',
	'audio/ogg': 'ogg',
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
	'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
	'application/vnd.oasis.opendocument.text': 'odt',
	'application/vnd.oasis.opendocument.presentation': 'odp',
}

export function extensionFor(mediaType: string) {
	return EXTENSION_BY_MEDIA_TYPE[mediaType.split(';')[0]!.trim()] ?? 'bin'
}

export function isImage(mediaType: string) {
	return mediaType.startsWith('image/')
}
