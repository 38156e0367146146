import { describe, expect, it } from 'vitest';
import {
  checkBody,
  exampleContext,
  findVariables,
  renderTemplate,
  VARIABLE_NAMES,
  VARIABLES,
} from '../../../lib/templates/variables';

const full = exampleContext();

describe('findVariables', () => {
  it('lists placeholders in order with their position, trimming inner spaces', () => {
    const body = 'Hi {{ customer.name }}, case {{case.id}} {{nope}}';
    expect(findVariables(body)).toEqual([
      { name: 'customer.name', index: 3, known: true },
      { name: 'case.id', index: 29, known: true },
      { name: 'nope', index: 41, known: false },
    ]);
  });
});

describe('renderTemplate', () => {
  it('fills every catalogue variable', () => {
    const body = VARIABLE_NAMES.map((n) => `{{${n}}}`).join('|');
    const r = renderTemplate(body, full);
    expect(r.problems).toEqual([]);
    expect(r.text).toBe(VARIABLES.map((v) => v.example).join('|'));
  });

  it('reports an unknown variable and leaves it out of the text', () => {
    const r = renderTemplate('Hi {{customer.nmae}}!', full);
    expect(r.problems).toEqual([{ code: 'unknown_variable', name: 'customer.nmae' }]);
    expect(r.text).toBe('Hi !');
  });

  it('reports an empty or missing value and never outputs braces', () => {
    const r = renderTemplate('Hi {{customer.name}}, I am {{agent.name}}.', { 'customer.name': '   ' });
    expect(r.problems).toEqual([
      { code: 'empty_variable', name: 'customer.name' },
      { code: 'empty_variable', name: 'agent.name' },
    ]);
    expect(r.text).toBe('Hi , I am .');
    expect(r.text).not.toMatch(/\{\{|\}\}/);
  });

  it('reports each problem once however often the variable appears', () => {
    const r = renderTemplate('{{x.y}} and {{x.y}}', full);
    expect(r.problems).toEqual([{ code: 'unknown_variable', name: 'x.y' }]);
  });

  it.each([
    ['Hi {{customer.name}', 'malformed_braces'],
    ['Hi customer.name}}', 'malformed_braces'],
    ['Hi {{customer name}}', 'malformed_braces'],
    ['Hi {{}}', 'malformed_braces'],
  ])('reports malformed braces in %j and strips them', (body, code) => {
    const r = renderTemplate(body, full);
    expect(r.problems.map((p) => p.code)).toEqual([code]);
    expect(r.text).not.toMatch(/\{\{|\}\}/);
  });

  it('does not expand a value that looks like a variable (single pass) nor let it bring braces', () => {
    const r = renderTemplate('Hi {{customer.name}}', { 'customer.name': 'Eve {{brand.name}}' });
    expect(r.problems).toEqual([]);
    expect(r.text).toBe('Hi Eve brand.name');
  });

  it('keeps single braces and line breaks as written', () => {
    const r = renderTemplate('a {b} c\n\n– {{agent.name}}', full);
    expect(r.text).toBe('a {b} c\n\n– Marko');
    expect(r.problems).toEqual([]);
  });

  it('cuts the body into segments for a highlighted preview', () => {
    const r = renderTemplate('Hi {{customer.name}}, {{bad.one}}', full);
    expect(r.segments).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'variable', name: 'customer.name', value: 'Ana Horvat' },
      { kind: 'text', text: ', ' },
      { kind: 'variable', name: 'bad.one', value: '', problem: 'unknown_variable' },
    ]);
  });
});

describe('checkBody', () => {
  it('accepts a body using only known variables and reports the rest', () => {
    expect(checkBody('Hi {{customer.name}}')).toEqual([]);
    expect(checkBody('Hi {{customer.nickname}} {{')).toEqual([
      { code: 'unknown_variable', name: 'customer.nickname' },
      { code: 'malformed_braces', name: '{{' },
    ]);
  });
});
