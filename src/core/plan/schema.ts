/** The Plan: what `parsePlan` returns and `duban parse --json` prints. zod-checked at every boundary. */
import * as z from "zod";

export const UNIT_KINDS = ["department", "township", "collective", "other"] as const;
export const COMPARATORS = ["approx", "gte", "lte", "eq"] as const;
export const SEVERITIES = ["error", "warning", "info"] as const;

export const TargetSchema = z.object({
  /** The words of the target as written, e.g. `实施技改项目80个以上`. */
  text: z.string(),
  value: z.number(),
  /** Measure as written: `%`, `个`, `亿元`, `万亩` … */
  unit: z.string(),
  comparator: z.enum(COMPARATORS),
});
export type Target = z.infer<typeof TargetSchema>;

export const TaskSchema = z.object({
  /** Unique and stable: the task number when numbers are unique, else `二.3`. */
  id: z.string().min(1),
  no: z.number().int().nullable(),
  section: z.string().nullable(),
  subsection: z.string().nullable(),
  /** Task text without its attribution; kept verbatim (OCR suspects are only flagged). */
  text: z.string(),
  leaders: z.array(z.string()),
  leadUnits: z.array(z.string()),
  responsibleUnits: z.array(z.string()),
  targets: z.array(TargetSchema),
  deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  deadlineText: z.string().nullable(),
  /** 1-based line of the task's first line in the input. */
  line: z.number().int().positive(),
});
export type Task = z.infer<typeof TaskSchema>;

export const SubsectionSchema = z.object({ id: z.string(), title: z.string(), line: z.number().int().positive() });
export const SectionSchema = z.object({
  id: z.string(),
  title: z.string(),
  line: z.number().int().positive(),
  subsections: z.array(SubsectionSchema),
});
export type Section = z.infer<typeof SectionSchema>;

export const LeaderSchema = z.object({
  name: z.string(),
  /** A person by name, or a role such as `分管副区长`. */
  kind: z.enum(["person", "role"]),
  tasks: z.array(z.string()),
});
export type Leader = z.infer<typeof LeaderSchema>;

export const UnitSchema = z.object({
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  /** Other spellings folded into this unit: second names (加挂牌子), OCR variants, width/space variants. */
  aliases: z.array(z.string()),
  leadTasks: z.array(z.string()),
  responsibleTasks: z.array(z.string()),
});
export type Unit = z.infer<typeof UnitSchema>;
export type UnitKind = Unit["kind"];

export const DiagnosticSchema = z.object({
  code: z.string(),
  severity: z.enum(SEVERITIES),
  /** 1-based input line, or null for whole-document problems. */
  line: z.number().int().positive().nullable(),
  message: z.string(),
  /** Values the message was built from (task id, unit names …). */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

export const PlanMetaSchema = z.object({
  title: z.string().nullable(),
  docNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  /** Issue date `YYYY-MM-DD`. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  year: z.number().int().nullable(),
  /** The document's own place (`茌平区`), used to fold OCR variants of unit names. */
  place: z.string().nullable(),
  /** Stable id of the plan's content (hash of tasks and assignments), kept in every workbook. */
  planId: z.string(),
});
export type PlanMeta = z.infer<typeof PlanMetaSchema>;

export const PlanSchema = z.object({
  meta: PlanMetaSchema,
  sections: z.array(SectionSchema),
  tasks: z.array(TaskSchema),
  leaders: z.array(LeaderSchema),
  units: z.array(UnitSchema),
  diagnostics: z.array(DiagnosticSchema),
});
export type Plan = z.infer<typeof PlanSchema>;
