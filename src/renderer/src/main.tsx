import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n, languageFromLocale } from './i18n';

// The browser's language until the settings answer (SettingsProvider switches to the saved one).
void initI18n(languageFromLocale(navigator.language)).then(() => {
  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  }
});
