/**
 * Where a poster goes on a printed page, and how sharp it prints there: the
 * same arithmetic for the PDF that is made (app/media/poster-render.server.ts)
 * and for the label of the button that downloads it, so the resolution a
 * reader is told is the one they get.
 *
 * The page keeps 10 mm margins (inside most printers' unprintable edge);
 * under the poster, a band holds the credit, three lines of text; the
 * poster is as large as fits above it, and the two are centred together.
 */

/** Paper sizes in PDF points (1/72 inch). */
export const PAPER_SIZES = {
	A4: { width: 595.28, height: 841.89 },
	A3: { width: 841.89, height: 1190.55 },
} as const

export type Paper = keyof typeof PAPER_SIZES

/** What print shops ask for: a poster rendered for print has at least this many pixels per inch. */
export const PRINT_PPI = 300

/** 10 mm, in points. */
export const PAGE_MARGIN = (10 / 25.4) * 72
/** Between the poster and its credit: 3 mm, in points. */
export const CREDIT_GAP = (3 / 25.4) * 72
/** Line height of printed text, as a share of its size. */
export const LINE_HEIGHT = 1.4
/** Lines the credit band holds at its usual size; a longer credit is set smaller to fit. */
export const CREDIT_LINES = 3

/** The credit's size in points: 8 on A4, in proportion on larger paper. */
export function creditFontSize(paper: Paper) {
	return Math.round(((8 * PAPER_SIZES[paper].width) / PAPER_SIZES.A4.width) * 10) / 10
}

/** The band under the poster: the gap, then room for the credit's lines. */
export function creditBandHeight(paper: Paper) {
	return CREDIT_GAP + CREDIT_LINES * creditFontSize(paper) * LINE_HEIGHT
}

export interface PosterLayout {
	/** The poster on the page, in points from the bottom left. */
	poster: { x: number; y: number; width: number; height: number }
	/** The credit's box: its top edge, its left edge and its width. */
	credit: { x: number; top: number; width: number }
}

/** Where a poster of `width` × `height` pixels and its credit go on the page. */
export function posterLayout(paper: Paper, width: number, height: number): PosterLayout {
	const page = PAPER_SIZES[paper]
	const boxWidth = page.width - 2 * PAGE_MARGIN
	const band = creditBandHeight(paper)
	const room = page.height - 2 * PAGE_MARGIN - band
	const scale = Math.min(boxWidth / width, room / height)
	const posterWidth = width * scale
	const posterHeight = height * scale
	const bottom = PAGE_MARGIN + (room - posterHeight) / 2
	return {
		poster: {
			x: (page.width - posterWidth) / 2,
			y: bottom + band,
			width: posterWidth,
			height: posterHeight,
		},
		credit: { x: PAGE_MARGIN, top: bottom + band - CREDIT_GAP, width: boxWidth },
	}
}

/** Pixels per inch of an image of `width` × `height` pixels printed as posterLayout places it, rounded down. */
export function printedResolution(paper: Paper, width: number, height: number) {
	const { poster } = posterLayout(paper, width, height)
	return Math.floor((width / poster.width) * 72)
}

/**
 * The pixel size to render a template at for `paper`: the whole sheet at
 * PRINT_PPI (A4 2480 × 3508, A3 3508 × 4961), keeping the poster's
 * proportions. Placed inside the margins, it then prints at more than
 * PRINT_PPI.
 */
export function printPixelSize(paper: Paper, width: number, height: number) {
	const page = PAPER_SIZES[paper]
	const scale = Math.min(
		Math.round((page.width / 72) * PRINT_PPI) / width,
		Math.round((page.height / 72) * PRINT_PPI) / height,
	)
	return { width: Math.round(width * scale), height: Math.round(height * scale), scale }
}
