/** Lessons with goals checked against the model, and prepared demos. */
export { goalMet, readGoal, readLesson, type Goal, type Lesson, type LessonStep, type Text } from './lesson';
export { parseDemo, type Demo, type DemoItem } from './demo';
