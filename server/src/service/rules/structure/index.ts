import type { Rule } from '../types';
import { headingSyntax } from './heading-syntax';
import { headingEmpty } from './heading-empty';
import { titleMissing } from './title-missing';
import { sectionMissing } from './section-missing';
import { sectionEmpty } from './section-empty';
import { sectionDuplicate } from './section-duplicate';
import { sectionOrder } from './section-order';
import { sectionStyle } from './section-style';
import { runOnList } from './run-on-list';
import { placeholder } from './placeholder';
import { indentedProse } from './indented-prose';
import { checkboxSyntax } from './checkbox-syntax';
import { frontMatterSchema } from './front-matter-schema';
import { lineTooLong } from './line-too-long';
import { fileTooLarge } from './file-too-large';

export const STRUCTURE_RULES: readonly Rule[] = [
  headingSyntax,
  headingEmpty,
  titleMissing,
  sectionMissing,
  sectionEmpty,
  sectionDuplicate,
  sectionOrder,
  sectionStyle,
  runOnList,
  placeholder,
  indentedProse,
  checkboxSyntax,
  frontMatterSchema,
  lineTooLong,
  fileTooLarge,
];
