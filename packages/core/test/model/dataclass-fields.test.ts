import { describe, expect, it } from 'vitest';
import { dataclassFieldNames } from '../../src/model/dataclass-fields.js';

describe('dataclassFieldNames', () => {
  it("lists the annotated fields of every dataclass, not a plain class's nor a method's locals", () => {
    const code = [
      'from dataclasses import dataclass, field',
      '',
      '@dataclass',
      'class ModelConfig:',
      '    output_dim: int = 2',
      '    lora_namespan_exclude: Optional[List[str]] = field(default_factory=list)',
      '    """The head."""',
      '',
      '    def width(self) -> int:',
      '        return self.output_dim',
      '',
      '@dataclasses.dataclass(frozen=True)',
      'class DataConfig:',
      "    train_json_list: 'list[str]' = None",
      '',
      'class Plain:',
      '    not_a_field: int = 3',
      '',
    ].join('\n');
    expect(dataclassFieldNames(code)).toEqual(['lora_namespan_exclude', 'output_dim', 'train_json_list']);
    expect(dataclassFieldNames('class Plain:\n    x: int = 1\n')).toEqual([]);
  });
});
