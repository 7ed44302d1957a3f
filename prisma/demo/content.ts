import { EUROPE_CAMPAIGNS } from './campaigns-europe.ts'
import { WORLD_CAMPAIGNS } from './campaigns-world.ts'
import { type DemoCampaign } from './types.ts'

/**
 * The demo library seeded by prisma/seed.ts. Order matters: a material may
 * only derive from a material that appears earlier in this list.
 */
export const DEMO_CAMPAIGNS: DemoCampaign[] = [...EUROPE_CAMPAIGNS, ...WORLD_CAMPAIGNS]
