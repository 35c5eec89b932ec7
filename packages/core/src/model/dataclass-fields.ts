/**
 * The fields a script's dataclasses declare. HF's `HfArgumentParser` takes its keys from the dataclasses it is given
 * (`TrainingArguments` and the script's own: HPSv3's model config has `output_dim`), so a config key one of the
 * project's dataclasses declares is a key of the program, not a slip of the keyboard for a TrainingArguments name.
 */

/**
 * `@dataclass` (or `@dataclasses.dataclass(frozen=True)`) over a class, and the class's body. At most eight further
 * decorators stand between: unbounded, a file of thousands of `@dataclass` lines made every one of them scan the rest.
 */
export const DATACLASS = /^([ \t]*)@(?:dataclasses[ \t]*\.[ \t]*)?dataclass\b[^\n]*\n(?:\1@[^\n]*\n){0,8}\1class[ \t]+(?<name>\w+)[^\n]*:[^\n]*\n(?<body>(?:\1[ \t]+[^\n]*\n|[ \t]*\n)*)/gm;
/** An annotated name in a class body: `output_dim: int = 2`, `lora_r: Optional[int] = field(default=8)`. */
const ANNOTATED_FIELD = /^[ \t]+([A-Za-z_]\w*)[ \t]*:[ \t]*[A-Za-z_'"]/gm;

/** The names the script's dataclasses declare as fields, sorted. */
export function dataclassFieldNames(code: string): string[] {
  if (!code.includes('dataclass')) return [];
  const names = new Set<string>();
  for (const cls of code.matchAll(DATACLASS)) for (const f of cls.groups!.body!.matchAll(ANNOTATED_FIELD)) names.add(f[1]!);
  return [...names].sort();
}

/** The names of the script's dataclasses (`TrainConfig` of `@dataclass class TrainConfig:`). */
export function dataclassNames(code: string): string[] {
  if (!code.includes('dataclass')) return [];
  return [...new Set([...code.matchAll(DATACLASS)].map((cls) => cls.groups!.name!))];
}
