import type { UseFormRegister } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { dataCategoryLabels, goalAchievementLabels, goalTermLabels, label } from '../../../app/labels';
import type { PlanFieldsFragment } from '../../../gql/graphql';
import { ChoiceGroup } from '../../../ui/ChoiceGroup';
import { TextArea } from '../../../ui/fields';
import { GuardedBadge, GuardedBody } from '../GuardedTextView';
import { m as plans } from '../messages';
import { useSheetDate } from '../sheet/sheet-dates';
import { ACHIEVEMENTS, type EvaluationForm } from './evaluation-form';
import { mv } from './messages';
import { RadioOption } from '../../../ui/RadioOption';

type Goal = PlanFieldsFragment['goals'][number];

/** One goal as the plan states it, with its 達成状況 and a note. */
export function GoalEvaluationFields({ goal, index, register, errors }: {
  goal: Goal;
  index: number;
  register: UseFormRegister<EvaluationForm>;
  errors: { achievement?: string | undefined; note?: string | undefined };
}) {
  const intl = useIntl();
  const date = useSheetDate(false);
  return (
    <fieldset className="flex flex-col gap-4 rounded-8 border border-solid-gray-420 p-4">
      <legend className="px-1 text-std-20B-150">{intl.formatMessage(mv.goal, { n: index + 1, term: label(intl, goalTermLabels, goal.term) })}</legend>
      <div className="flex flex-col gap-1 text-std-16N-170">
        <p className="flex flex-wrap items-center gap-2">
          <GuardedBody value={goal.text} />
          <GuardedBadge value={goal.text} />
        </p>
        <p className="text-solid-gray-700">
          {label(intl, dataCategoryLabels, goal.category)}
          {goal.targetDate && `・${intl.formatMessage(mv.targetDate, { date: date(goal.targetDate) })}`}
        </p>
      </div>
      <ChoiceGroup legend={intl.formatMessage(plans.achievement)} error={errors.achievement}>
        {ACHIEVEMENTS.map((achievement) => (
          <RadioOption key={achievement} value={achievement} label={label(intl, goalAchievementLabels, achievement)} {...register(`goals.${index}.achievement`)} />
        ))}
      </ChoiceGroup>
      <TextArea label={intl.formatMessage(plans.evaluationNote)} rows={2} error={errors.note} {...register(`goals.${index}.note`)} />
    </fieldset>
  );
}
