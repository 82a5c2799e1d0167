import { useEffect, useMemo, useState } from 'react';
import { PACK_NAMES, isPackName } from '../../../../shared/lint/packs';
import { safeFixes } from '../../../../shared/lint/fix';
import type { Finding } from '../../../../shared/model';
import { useI18n, useT } from '../../i18n/i18n-store';
import { usePageSession } from '../../state/page-store';
import { getPageEditor } from '../editor/editor-registry';
import { excerptOf } from './excerpt';
import { planFixes, ruleFixes } from './fix-plan';
import { FixPreviewDialog } from './fix-preview';
import { groupByRule, type RuleGroup } from './group-findings';
import {
  choosePack,
  currentFindings,
  ignoreFinding,
  restoreIgnored,
  revealFinding,
  startLintSession,
} from './lint-session';
import { useLint } from './lint-store';
import { countBySeverity } from './markers';
import { packTitle, ruleTitle } from './rule-names';
import './lint.css';

/** Opens the diff preview of fixing every finding of `rule` (null: every safe fix). */
function preview(rule: string | null): void {
  const text = getPageEditor()?.getModel()?.getValue();
  if (text === undefined) return;
  const findings = currentFindings();
  const fixes = rule === null ? safeFixes(findings) : ruleFixes(findings, rule);
  if (fixes.length === 0) return;
  useLint.getState().setPreview({ rule, plan: planFixes(text, fixes) });
}

function SeverityIcon({ severity }: { readonly severity: Finding['severity'] }) {
  const t = useT();
  return (
    <span className={`lint-icon ${severity}`} role="img" aria-label={t(`lint.severity.${severity}`)}>
      {severity === 'error' ? '✕' : severity === 'warning' ? '!' : 'i'}
    </span>
  );
}

/** One finding: excerpt, message and position; a click selects it in the editor. */
function FindingRow({ finding, text }: { readonly finding: Finding; readonly text: string }) {
  const t = useT();
  const at = getPageEditor()?.getModel()?.getPositionAt(finding.start);
  const excerpt = excerptOf(text, finding.start, finding.end);
  return (
    <li
      className="lint-finding"
      data-testid="lint-finding"
      data-rule={finding.rule}
      data-start={finding.start}
    >
      <button type="button" className="lint-finding-main" onClick={() => revealFinding(finding)}>
        <SeverityIcon severity={finding.severity} />
        <span className="lint-excerpt">
          {excerpt.before}
          <mark>{excerpt.hit || '∅'}</mark>
          {excerpt.after}
        </span>
        <span className="lint-message">{finding.message}</span>
        {at ? <span className="lint-position">{`${at.lineNumber}:${at.column}`}</span> : null}
      </button>
      <button
        type="button"
        className="lint-row-action"
        title={t('lint.ignoreTitle')}
        data-testid="lint-ignore"
        onClick={() => ignoreFinding(finding)}
      >
        {t('lint.ignore')}
      </button>
    </li>
  );
}

function GroupBlock({ group, text }: { readonly group: RuleGroup; readonly text: string }) {
  const t = useT();
  const locale = useI18n((s) => s.locale);
  const [open, setOpen] = useState(true);
  return (
    <li className="lint-group" data-testid="lint-group" data-rule={group.rule}>
      <div className="lint-group-head">
        <button
          type="button"
          className="lint-group-toggle"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          <span className="lint-chevron">{open ? '▾' : '▸'}</span>
          <SeverityIcon severity={group.severity} />
          <span className="lint-group-title">{ruleTitle(group.rule, locale)}</span>
          <span className="lint-rule-id">{group.rule}</span>
          <span className={`lint-category ${group.category}`}>{t(`lint.category.${group.category}`)}</span>
          <span className="lint-count" data-testid="lint-group-count">
            {group.findings.length}
          </span>
        </button>
        {group.fixable > 0 ? (
          <button
            type="button"
            className="text-button lint-fix-rule"
            title={t('lint.fixRuleTitle')}
            data-testid="lint-fix-rule"
            onClick={() => preview(group.rule)}
          >
            {t('lint.fixRule')}
          </button>
        ) : null}
      </div>
      {open ? (
        <ul className="lint-findings">
          {group.findings.map((f, k) => (
            <FindingRow key={`${f.start}:${f.end}:${k}`} finding={f} text={text} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/**
 * The problems panel under the editor: findings grouped by rule with counts and category, click to jump, fix all
 * of a rule or every safe fix (each previewed in a diff first), the page's rule pack and ignore list.
 * Mounting it starts the lint session that feeds the editor's markers and code actions.
 */
export function ProblemsPanel() {
  const t = useT();
  const locale = useI18n((s) => s.locale);
  const hasPage = usePageSession((s) => s.view !== null);
  const findings = useLint((s) => s.findings);
  const prefs = useLint((s) => s.prefs);
  const open = useLint((s) => s.panelOpen);
  const groups = useMemo(() => groupByRule(findings), [findings]);
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const safeCount = useMemo(() => findings.filter((f) => f.fixes.some((x) => x.safe)).length, [findings]);
  // The text the findings were made from; read once per check, not per row.
  const text = useMemo(
    () => (findings.length > 0 ? (getPageEditor()?.getModel()?.getValue() ?? '') : ''),
    [findings],
  );

  useEffect(() => startLintSession(), []);

  if (!hasPage) return null;
  return (
    <section className={`problems-panel${open ? ' open' : ''}`} data-testid="problems-panel">
      <div className="problems-head">
        <button
          type="button"
          className="lint-panel-toggle"
          aria-expanded={open}
          title={t('lint.togglePanel')}
          data-testid="problems-toggle"
          onClick={() => useLint.getState().setPanelOpen(!open)}
        >
          <span className="lint-chevron">{open ? '▾' : '▸'}</span>
          <span className="pane-title">{t('lint.problems')}</span>
          <span className="lint-tally" data-testid="problems-tally">
            <SeverityIcon severity="error" /> {counts.error} <SeverityIcon severity="warning" />{' '}
            {counts.warning} <SeverityIcon severity="info" /> {counts.info}
          </span>
        </button>
        <span className="toolbar-spacer" />
        {prefs && prefs.ignore.length > 0 ? (
          <span className="lint-ignored">
            {t('lint.ignored', { count: prefs.ignore.length })}
            <button
              type="button"
              className="text-button"
              title={t('lint.restoreIgnoredTitle')}
              data-testid="lint-restore-ignored"
              onClick={restoreIgnored}
            >
              {t('lint.restoreIgnored')}
            </button>
          </span>
        ) : null}
        <label className="bar-field" title={t('lint.packTitle')}>
          <span>{t('lint.pack')}</span>
          <select
            className="bar-select"
            data-testid="lint-pack"
            value={prefs?.pack ?? ''}
            disabled={!prefs}
            onChange={(e) => {
              if (isPackName(e.target.value)) choosePack(e.target.value);
            }}
          >
            {PACK_NAMES.map((name) => (
              <option key={name} value={name}>
                {packTitle(name, locale)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="bar-button primary"
          title={t('lint.applySafeTitle')}
          data-testid="lint-apply-safe"
          disabled={safeCount === 0}
          onClick={() => preview(null)}
        >
          {t('lint.applySafe', { count: safeCount })}
        </button>
      </div>
      {open ? (
        <div className="problems-body" data-testid="problems-body">
          {!prefs ? (
            <p className="lint-empty">{t('lint.loading')}</p>
          ) : groups.length === 0 ? (
            <p className="lint-empty">{t('lint.noFindings')}</p>
          ) : (
            <ul className="lint-groups">
              {groups.map((g) => (
                <GroupBlock key={g.rule} group={g} text={text} />
              ))}
            </ul>
          )}
        </div>
      ) : null}
      <FixPreviewDialog />
    </section>
  );
}
