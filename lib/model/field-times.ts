import { z } from 'zod/mini';

/** When each field was last written (epoch ms); the newer write of one field wins. */
export const FieldTimes = z.record(z.string(), z.number());
export type FieldTimes = z.infer<typeof FieldTimes>;
