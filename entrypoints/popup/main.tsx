import { mountPage } from '../../components/page-root';
import { Popup } from './popup';
import './popup.css';

mountPage(<Popup />);
