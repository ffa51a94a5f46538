import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/options/style.css';

createRoot(document.getElementById('root')!).render(<OptionsApp />);
