import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/options/style.css';

createRoot(document.getElementById('root')!).render(<PopupApp />);
