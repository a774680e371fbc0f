import { createTheme, type MantineColorsTuple } from '@mantine/core';

/**
 * A sober working tool: neutral greys everywhere, one steel-blue accent for what can be acted on,
 * system fonts only (the CSP allows no remote fonts), and a compact density for busy screens.
 */
const steel: MantineColorsTuple = [
  '#eef3f8',
  '#dce5ee',
  '#b5c8db',
  '#8baac8',
  '#6890b7',
  '#5280ad',
  '#4678a9',
  '#376694',
  '#2d5a85',
  '#1d4d77',
];

const neutral: MantineColorsTuple = [
  '#f6f7f8',
  '#eceef0',
  '#d9dcdf',
  '#c3c8cd',
  '#a9afb6',
  '#8a9199',
  '#6b737c',
  '#4f5760',
  '#373d44',
  '#22262b',
];

export const theme = createTheme({
  primaryColor: 'steel',
  primaryShade: 7,
  colors: { steel, gray: neutral },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif',
  fontFamilyMonospace:
    'ui-monospace, "Cascadia Mono", "Segoe UI Mono", "DejaVu Sans Mono", "Liberation Mono", monospace',
  headings: { fontWeight: '600' },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  autoContrast: true,
  components: {
    Button: { defaultProps: { size: 'sm' } },
    TextInput: { defaultProps: { size: 'sm' } },
    PasswordInput: { defaultProps: { size: 'sm' } },
    NumberInput: { defaultProps: { size: 'sm' } },
    Select: { defaultProps: { size: 'sm', allowDeselect: false } },
    Card: { defaultProps: { withBorder: true, padding: 'md', radius: 'sm' } },
    Paper: { defaultProps: { radius: 'sm' } },
    Modal: {
      defaultProps: { centered: true, radius: 'sm' },
      styles: { title: { fontWeight: 600 } },
    },
    Tooltip: { defaultProps: { openDelay: 400, withArrow: true } },
  },
});
