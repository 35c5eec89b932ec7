/**
 * Which lenient JSON library a project's Python script reads JSON with. Python's `json.load` rejects comments and
 * trailing commas, so a JSON config holding them is a start-up error — unless the program reads it with a library
 * that accepts both: commentjson (trailing commas since 0.9), json5 and pyjson5, jstyleson, hjson. diligent-man's
 * Video_Anomaly_Detection reads its `//`-commented configs with `commentjson.loads`.
 * Core has no file system: `@mlconfig/core/node` reads the scripts and asks here what they import.
 */

/** The libraries, as imported; each accepts `//` and block comments and trailing commas. */
const LENIENT_JSON_IMPORT = /^[ \t]*(?:import[ \t]+(commentjson|json5|pyjson5|jstyleson|hjson)\b|from[ \t]+(commentjson|json5|pyjson5|jstyleson|hjson)[ \t]+import\b)/m;

/**
 * `re.sub(r"//.*\n", "\n", text)` before `json.loads`: Coqui TTS's `read_json_with_comments`, copied into other
 * speech projects (Edresson's Wav2Vec-Wrapper), drops `//` line comments and nothing else: a block comment or a
 * trailing comma is still an error.
 */
const LINE_COMMENT_STRIPPER = /\bre\s*\.\s*sub\s*\(\s*r?(["'])(?:\\\/|\/){2}[^"'\n]*\1/;

/** Whether a Python file's text strips `//` line comments from JSON text with a regular expression and parses the rest. */
export function stripsJsonLineComments(pythonText: string): boolean {
  return LINE_COMMENT_STRIPPER.test(pythonText) && /\bjson\s*\.\s*loads?\s*\(/.test(pythonText);
}

/** The lenient JSON library a Python file's text imports, if any. */
export function lenientJsonReader(pythonText: string): string | undefined {
  const m = LENIENT_JSON_IMPORT.exec(pythonText);
  return m ? m[1] ?? m[2] : undefined;
}

/** A quoted path that ends in `.json` (`default='avocodo/configs/avocodo_v1.json'`); one greedy run, no nested repetition. */
const JSON_PATH_LITERAL = /["']([^"'\n]*\.json)["']/g;

/**
 * The JSON files a Python file names in a quoted path while it reads configs with `OmegaConf.load` (as
 * `yamlLoaderCalls(...).omegaconf` tells, `om.load` aliases included), which parses any file as YAML: a trailing comma
 * in a JSON object or list is then allowed (YAML's flow collections take one), so avocodo's `"training_epochs": "…",}`
 * loads. Only files named so are taken; a script can read other JSON with `json`.
 */
export function jsonNamesReadAsYaml(pythonText: string, loadsWithOmegaConf: boolean): string[] {
  if (!loadsWithOmegaConf || !pythonText.includes('.json')) return [];
  const names = new Set<string>();
  for (const m of pythonText.matchAll(JSON_PATH_LITERAL)) {
    const path = m[1]!;
    const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    if (name !== '.json') names.add(name);
  }
  return [...names];
}
