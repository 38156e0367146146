import { mountPage } from '../../components/page-root';
import { Popup } from './Popup';
import './popup.css';

mountPage(<Popup />);
