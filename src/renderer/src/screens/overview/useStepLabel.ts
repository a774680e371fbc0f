import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import en from '../../../../shared/i18n/locales/en.json';

type CheckKey = keyof typeof en.verify.checks;
type StepKey = keyof typeof en.integrity.steps;
const isCheck = (name: string): name is CheckKey => Object.hasOwn(en.verify.checks, name);
const isStep = (name: string): name is StepKey => Object.hasOwn(en.integrity.steps, name);

/** A check or task step by its translated name; an unknown one keeps the name main gave it. */
export function useStepLabel(): (step: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (step: string) =>
      isCheck(step)
        ? t(`verify.checks.${step}`)
        : isStep(step)
          ? t(`integrity.steps.${step}`)
          : step,
    [t],
  );
}
