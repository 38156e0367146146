// La biblioteca inicial en español: de tú, como hablan las marcas en X, sin formas que
// supongan el género del cliente ni del agente (una plantilla no lo sabe), y sin «vosotros»
// ni «ustedes» en los comunicados para todos, para que sirvan a ambos lados del Atlántico.
// «MD» (mensaje directo) es lo habitual en X en español.
import type { StarterTexts } from './catalogue';

export const es: StarterTexts = {
  'crisis-holding': {
    title: 'Crisis: primer comunicado mientras lo revisamos',
    body: 'Sabemos que hay un problema que está afectando a muchos clientes. Lo sentimos. Nuestro equipo ya está trabajando para solucionarlo y publicaremos novedades aquí en cuanto sepamos más. Gracias por la paciencia.',
  },
  'crisis-update': {
    title: 'Crisis: actualización, seguimos trabajando',
    body: 'Actualización: seguimos trabajando para resolver el problema y no nos olvidamos de nadie afectado. Seguiremos informando por aquí. Si necesitas ayuda con algo concreto, escríbenos por MD.',
  },
  'crisis-reply': {
    title: 'Crisis: respuesta a una persona afectada, pasar a MD',
    body: 'Hola, {{customer.name}}. Sentimos mucho que esto te esté afectando. Conocemos el problema y estamos trabajando para solucionarlo. Para revisar tu caso, escríbenos por MD con el caso {{case.id}}: {{dm.link}} – {{agent.name}}',
  },
  'crisis-safety': {
    title: 'Seguridad: el dispositivo o la salud de una persona en riesgo',
    body: 'Hola, {{customer.name}}: deja de usarlo y de cargarlo ya y mantenlo lejos de cualquier cosa que pueda arder. Si alguien está herido, llama primero al 112. Después escríbenos por MD y nos encargamos. – {{agent.name}}',
  },
  'crisis-dm': {
    title: 'Crisis: primer mensaje directo',
    body: 'Hola, {{customer.name}}. Soy {{agent.name}}, de {{brand.name}}, y te escribo por el caso {{case.id}}. Siento mucho lo que estás pasando. ¿Puedes contarme qué ha ocurrido por tu parte y cómo te afecta? Te iré contando cada paso personalmente hasta que esté todo resuelto.\n\nPor favor, nunca envíes por aquí contraseñas ni números de tarjeta completos.',
  },
  'complaint-reply': {
    title: 'Queja: disculparse, asumirlo, pasar a MD',
    body: 'Hola, {{customer.name}}. Lo sentimos de verdad: no es la experiencia que mereces y queremos solucionarlo. Escríbenos por MD con el caso {{case.id}} y algunos detalles: {{dm.link}} – {{agent.name}}',
  },
  'complaint-acknowledge': {
    title: 'Queja: reconocerlo y anunciar el siguiente paso (sin MD)',
    body: 'Tienes razón, {{customer.name}}, y lo sentimos: esto no tendría que haber pasado. Ya lo hemos trasladado al equipo responsable y te responderemos aquí {{sla.promise}} con los siguientes pasos. – {{agent.name}}',
  },
  'complaint-holding': {
    title: 'Respuesta mientras lo revisamos',
    body: 'Gracias por tu paciencia, {{customer.name}}. Lo estamos revisando ahora mismo y te respondemos {{sla.promise}}. – {{agent.name}}',
  },
  'complaint-dm': {
    title: 'Queja: primer mensaje directo',
    body: 'Hola, {{customer.name}}. Soy {{agent.name}}, de {{brand.name}}, y te escribo por el caso {{case.id}}. Gracias por escribirnos y perdona las molestias. Para poder solucionarlo, ¿me cuentas qué pasó y cuándo? Si tienes un número de pedido o de cliente, compártelo también.\n\nPor favor, nunca envíes por aquí contraseñas ni números de tarjeta completos.',
  },
  'question-reply': {
    title: 'Pregunta: revisar los detalles por MD',
    body: 'Hola, {{customer.name}}. ¡Te ayudamos encantados! Para revisarlo, escríbenos por MD con el caso {{case.id}}: {{dm.link}} – {{agent.name}}',
  },
  'question-followup': {
    title: 'Pregunta: seguimiento después de responder',
    body: '¿Hemos resuelto tu duda, {{customer.name}}? Si aún queda algo por aclarar, respóndenos aquí y te ayudamos. – {{agent.name}}',
  },
  'question-dm': {
    title: 'Pregunta: primer mensaje directo',
    body: 'Hola, {{customer.name}}. Soy {{agent.name}}, de {{brand.name}}, y te escribo por el caso {{case.id}}. ¡Gracias por tu pregunta! ¿Puedes contarme un poco más sobre lo que necesitas saber y, si lo hay, el número de pedido o de cliente al que se refiere? Te busco la respuesta.',
  },
  'resolved-followup': {
    title: 'Seguimiento: después de resolver el problema',
    body: 'Hola, {{customer.name}}. Solo queríamos saber si ya funciona todo como debería. Si no es así, respóndenos aquí y lo retomamos enseguida. – {{agent.name}}',
  },
  'praise-thanks': {
    title: 'Elogio: gracias',
    body: '¡Muchísimas gracias, {{customer.name}}! Da gusto leer mensajes así: nos has alegrado el día. – {{agent.name}}',
  },
  'praise-share': {
    title: 'Elogio: compartirlo con el equipo',
    body: '¡Gracias por tus palabras, {{customer.name}}! Nos aseguraremos de que le lleguen a todo el equipo: significan mucho. – {{agent.name}}',
  },
  'troll-calm': {
    title: 'Trol: una frase tranquila, solo si hay un problema real (por defecto, sin respuesta)',
    body: 'Si algo no te funciona, te ayudamos encantados: envíanos los detalles por MD.',
  },
  'other-reply': {
    title: 'General: gracias por la mención',
    body: '¡Gracias por la mención, {{customer.name}}! ¿Podemos ayudarte en algo? – {{agent.name}}',
  },
  'other-handoff': {
    title: 'General: seguir por MD',
    body: 'Hola, {{customer.name}}. Te ayudamos encantados. Escríbenos por MD con el caso {{case.id}} para que podamos revisarlo: {{dm.link}} – {{agent.name}}',
  },
  'other-dm': {
    title: 'General: primer mensaje directo',
    body: 'Hola, {{customer.name}}. Soy {{agent.name}}, de {{brand.name}}, y te escribo por el caso {{case.id}}. ¡Gracias por escribirnos! ¿En qué puedo ayudarte?\n\nPor favor, nunca envíes por aquí contraseñas ni números de tarjeta completos.',
  },
};
