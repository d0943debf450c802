import type { Rule } from '../types';
import { measureWithoutTask } from './measure-without-task';
import { taskOwner } from './task-owner';
import { taskDueDate } from './task-due-date';
import { taskTracking } from './task-tracking';
import { taskActionable } from './task-actionable';
import { taskDuplicate } from './task-duplicate';
import { blamelessLanguage } from './blameless-language';

/** Action-item and language rules (issue: action items), in catalogue order. */
export const ACTION_RULES: readonly Rule[] = [
  measureWithoutTask,
  taskOwner,
  taskDueDate,
  taskTracking,
  taskActionable,
  taskDuplicate,
  blamelessLanguage,
];
