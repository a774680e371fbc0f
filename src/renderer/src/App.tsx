import { useTranslation } from 'react-i18next';

export function App() {
  const { t } = useTranslation();
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem' }}>
      <h1>{t('app.title')}</h1>
      <p>{t('app.tagline')}</p>
      <p>{t('app.noCaseFile')}</p>
    </main>
  );
}
