import './i18n/zod-csp';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { rendererI18n } from './i18n/renderer-i18n';
import '../report-view/results/results.css';
import './styles/base.css';
import './styles/wizard.css';
import './styles/checks.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={rendererI18n} defaultNS="wizard">
      <App />
    </I18nextProvider>
  </StrictMode>,
);
